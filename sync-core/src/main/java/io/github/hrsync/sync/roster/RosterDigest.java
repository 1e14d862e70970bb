package io.github.hrsync.sync.roster;

import io.github.hrsync.core.internal.text.Sha256;
import io.github.hrsync.sync.internal.FieldMap;
import io.github.hrsync.sync.internal.Fingerprints;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The SHA-256 of a roster's content: every field of every row, rows in {@code hrId} order, each
 * row's custom fields by name and its absences' keys sorted, so that the same content gives the
 * same digest whatever order the export or a map's iteration puts it in; and in the same pass,
 * the SHA-256 of the fields a JobTicket roster replace sends.
 */
final class RosterDigest {
  private RosterDigest() {}

  /**
   * Both digests, in hex.
   *
   * @param roster of every field
   * @param jobTicket of the fields JobTicket receives
   */
  record Digests(String roster, String jobTicket) {}

  /**
   * @param sorted the rows, in {@code hrId} order
   * @return the digests
   */
  static Digests of(List<SourceEmployee> sorted) {
    Fingerprints.Line line = new Fingerprints.Line(Sha256.newDigest());
    Fingerprints.Line sent = new Fingerprints.Line(Sha256.newDigest());
    for (SourceEmployee row : sorted) {
      String absences = Fingerprints.absencesJson(row.absences()); // both lines hold them
      sent.text(row.hrId()).text(row.firstName()).text(row.lastName()).text(row.email())
          .text(row.profileImage()).date(row.dateOfBirth()).date(row.startDate())
          .date(row.terminationDate()).flag(row.autoSyncEmployee()).text(absences).end();
      line.text(row.hrId()).text(row.firstName()).text(row.middleName()).text(row.lastName())
          .text(row.email()).text(row.mobile()).text(row.gender()).text(row.countryCode())
          .text(row.cultureCode()).date(row.dateOfBirth()).date(row.startDate())
          .date(row.terminationDate()).text(row.profileImage()).text(row.unitExternalId())
          .flag(row.autoSyncEmployee()).text(absences);
      customFields(line, (FieldMap) row.customFields());
      line.end();
    }
    return new Digests(line.hex(), sent.hex());
  }

  private static void customFields(Fingerprints.Line line, FieldMap fields) {
    line.number(fields.size());
    if (fields.size() == 1) {
      line.text(fields.nameAt(0)).text(fields.valueAt(0));
      return;
    }
    Integer[] byName = new Integer[fields.size()];
    Arrays.setAll(byName, i -> i);
    Arrays.sort(byName, Comparator.comparing(i -> String.valueOf(fields.nameAt(i))));
    for (int i : byName) {
      line.text(fields.nameAt(i)).text(fields.valueAt(i));
    }
  }
}
