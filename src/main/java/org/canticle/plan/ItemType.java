package org.canticle.plan;

/** What a plan item is: a song, or a header (a heading or a note between songs). */
public enum ItemType {

	SONG, HEADER

}
