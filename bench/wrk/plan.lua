-- GET /api/plans/{id}: a plan with its items, songs' titles and resolved keys
local common = dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "common.lua")
setup, init, done = common.setup, common.init, common.done
function request()
  return wrk.format("GET", "/api/plans/" .. math.random(common.ids.PLAN_MIN, common.ids.PLAN_MAX))
end
