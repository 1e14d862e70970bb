package io.github.hrsync.jobticket;

import org.jspecify.annotations.Nullable;

/**
 * A HAL link of a resource ({@code _links} entry).
 *
 * @param href the absolute URL
 * @param type the media type, such as {@code application/json}
 */
public record Link(String href, @Nullable String type) {}
