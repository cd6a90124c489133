-- GET /api/songs?q=word: a library search for one word of the lyrics' word list
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, init, done = common.setup, common.init, common.done
function request()
  return wrk.format("GET", "/api/songs?q=" .. common.pick(common.words))
end
