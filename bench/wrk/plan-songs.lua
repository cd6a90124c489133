-- GET /api/plans/{id}/songs for plans of exactly ten songs, each transposed into a key other than its own
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, init, done = common.setup, common.init, common.done
function request()
  return wrk.format("GET", "/api/plans/" .. common.pick(common.plans10) .. "/songs")
end
