-- Shared by the scenario scripts: reads the data set's ids (written by BenchData) and the API token, picks random
-- ids, and prints one machine-readable RESULT line when wrk is done. Arguments after "--":
--   <data dir> <bearer token or "-">
local common = {}

local function lines(path)
  local list = {}
  local file = assert(io.open(path, "r"), "cannot read " .. path)
  for line in file:lines() do
    if line ~= "" then list[#list + 1] = line end
  end
  file:close()
  return list
end

local function env(path)
  local values = {}
  for _, line in ipairs(lines(path)) do
    local k, v = line:match("^(%w[%w_]*)=(.*)$")
    if k then values[k] = tonumber(v) or v end
  end
  return values
end

local thread_counter = 0

-- setup runs once per thread in the main Lua state: give each thread its own seed
function common.setup(thread)
  thread_counter = thread_counter + 1
  thread:set("thread_number", thread_counter)
end

function common.init(args)
  local dir = args[1] or "target/bench/data"
  common.ids = env(dir .. "/ids.env")
  common.plans10 = lines(dir .. "/plans-10.txt")
  common.other_plans = lines(dir .. "/plans-other.txt")
  common.words = lines(dir .. "/words.txt")
  math.randomseed(1000 + (thread_number or 0))
  wrk.headers["Accept"] = "application/json"
  if args[2] and args[2] ~= "-" then
    wrk.headers["Authorization"] = "Bearer " .. args[2]
  end
end

-- wrk.format uses the headers it is given INSTEAD of wrk.headers: this adds the common ones (token, Accept)
function common.headers(extra)
  local all = {}
  for k, v in pairs(wrk.headers) do all[k] = v end
  for k, v in pairs(extra or {}) do all[k] = v end
  return all
end

function common.song_id()
  return math.random(common.ids.SONG_MIN, common.ids.SONG_MAX)
end

function common.pick(list)
  return list[math.random(1, #list)]
end

function common.done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx3xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, e.status, e.connect, e.read, e.write, e.timeout))
end

return common
