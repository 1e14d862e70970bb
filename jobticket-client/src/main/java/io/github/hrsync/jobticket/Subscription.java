package io.github.hrsync.jobticket;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An employee's transit subscription.
 *
 * @param status the current status
 * @param startAt when the subscription started
 * @param nextTicketAt when the next ticket is issued
 * @param pausedAt when the subscription will be or was paused
 * @param cancelledAt when it was cancelled
 * @param reactivatedAt when it was reactivated
 */
public record Subscription(
    @Nullable SubscriptionStatus status,
    @Nullable LocalDate startAt,
    @Nullable LocalDate nextTicketAt,
    @Nullable LocalDate pausedAt,
    @Nullable LocalDate cancelledAt,
    @Nullable LocalDate reactivatedAt) {}
