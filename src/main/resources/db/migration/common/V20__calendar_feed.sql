-- The secret of the read-only iCalendar feed of plans (/calendar/{token}.ics): one row, rotated by leaders.
-- The token itself is kept (256 random bits) so that leaders can read the feed URL again.
CREATE TABLE calendar_feed (
    id         INTEGER      PRIMARY KEY,
    token      VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_single_row CHECK (id = 1),
    CONSTRAINT calendar_feed_token_unique UNIQUE (token)
);
