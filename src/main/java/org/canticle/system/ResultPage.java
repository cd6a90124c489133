package org.canticle.system;

import java.util.List;

/** One page of a listing: {@code {items, page, size, total}}; pages count from 0. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {
}
