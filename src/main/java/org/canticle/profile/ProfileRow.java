package org.canticle.profile;

import java.util.List;

/**
 * A profile as it is written: the client's fields, cleaned (email lower-cased,
 * instruments deduplicated).
 */
record ProfileRow(String name, String email, List<String> instruments, String notes) {
}
