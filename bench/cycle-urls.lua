-- wrk script: cycles through the search paths of a file (one a line, from `bench queries`),
-- each connection from its own random place, and prints one JSON line of results at the end.
--   wrk -t1 -c4 -d30s -s bench/cycle-urls.lua http://127.0.0.1:PORT -- PATHS_FILE
-- WRK_LABEL and WRK_CONNECTIONS (environment) name the run in the JSON. Besides wrk's error
-- counts it gives the answers refused by the service's admission control: status_503 (overloaded)
-- and status_429 (one client address past its share, as all of wrk's connections are one client).
-- They are in "errors" too, so real errors are errors - status_503 - status_429.
local paths = {}
local next_path = 1
local threads = {}

-- Runs in the main script once per thread; done() reads each thread's counter from here.
function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
  next_path = math.random(#paths)
end

-- Counted in each thread's own script; globals, so that done() can read them with thread:get.
status_503 = 0
status_429 = 0

function response(status, headers, body)
  if status == 503 then
    status_503 = status_503 + 1
  elseif status == 429 then
    status_429 = status_429 + 1
  end
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local seconds = summary.duration / 1e6
  local overloaded, over_share = 0, 0
  for _, thread in ipairs(threads) do
    overloaded = overloaded + (thread:get("status_503") or 0)
    over_share = over_share + (thread:get("status_429") or 0)
  end
  io.write(string.format(
    '{"label":"%s","connections":%d,"duration_s":%.3f,"requests":%d,"qps":%.1f,' ..
    '"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"errors":%d,"status_errors":%d,"status_503":%d,"status_429":%d,"timeouts":%d}\n',
    os.getenv("WRK_LABEL") or "run", tonumber(os.getenv("WRK_CONNECTIONS") or "0"),
    seconds, summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    errors, e.status, overloaded, over_share, e.timeout))
end
