\set id random(:min, :max)
SELECT s.id, s.title, s.authors, s.copyright, s.ccli_number, s.song_key, s.tempo, s.time_signature,
       s.chordpro, s.created_at, s.updated_at, s.version, s.archived_at,
       (SELECT ARRAY_AGG(t.tag ORDER BY t.tag) FROM song_tag t WHERE t.song_id = s.id) AS tags
FROM song s WHERE s.id = :id;
