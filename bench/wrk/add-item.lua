-- POST /api/plans/{id}/items: adds a song at the end of a plan. Only plans outside the ten-song set, so that the
-- read scenarios keep their shape; it runs last.
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, done = common.setup, common.done
function init(args)
  common.init(args)
  wrk.headers["Content-Type"] = "application/json"
end
function request()
  local body = '{"type":"SONG","songId":' .. common.song_id() .. '}'
  return wrk.format("POST", "/api/plans/" .. common.pick(common.other_plans) .. "/items", nil, body)
end
