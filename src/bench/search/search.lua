-- wrk script for the search benchmark: cycles through the queries in $SEARCH_QUERIES (one a line, UTF-8),
-- GET /api/v1/search?q=<url-encoded>&size=10; each wrk thread starts at a different offset.
-- done() prints one machine-readable line: "WRKRESULT p50=.. p95=.. p99=.. max=.. (ms) requests=.. errors=.."

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load()
  local file = os.getenv("SEARCH_QUERIES") or error("SEARCH_QUERIES is not set")
  local paths = {}
  for line in io.lines(file) do
    if line:match("%S") then
      paths[#paths + 1] = "/api/v1/search?q=" .. encode(line) .. "&size=10"
    end
  end
  return paths
end

local threads = {}
local counter = 0

function setup(thread)
  thread:set("offset", counter * 37)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths, i

function init(args)
  paths = load()
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRKRESULT p50=%.3f p95=%.3f p99=%.3f max=%.3f mean=%.3f requests=%d duration_s=%.3f rps=%.1f"
      .. " connect=%d read=%d write=%d status=%d timeout=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6), e.connect, e.read, e.write, e.status, e.timeout))
end
