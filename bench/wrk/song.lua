-- GET /api/songs/{id}: one song with its chart, a random existing id each request
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, init, done = common.setup, common.init, common.done
function request()
  return wrk.format("GET", "/api/songs/" .. common.song_id())
end
