-- GET /api/songs/{id} with If-None-Match carrying the song's current ETag: answered 304.
-- Generated songs are at version 0, and ETags.of("song", id, version) is "song-<id>-v<version>".
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, init, done = common.setup, common.init, common.done
function request()
  local id = common.song_id()
  return wrk.format("GET", "/api/songs/" .. id, common.headers({ ["If-None-Match"] = '"song-' .. id .. '-v0"' }))
end
