-- wrk script: drives a USSD registration dialogue in Africa's Talking callback format against any
-- AT-compatible endpoint, one new session and one new phone number per dialogue.
--   wrk -t2 -c200 -d30s -s dialogue.lua 'http://127.0.0.1:9090/ussd' [-- STEP ...]
-- STEP values are the accumulated `text` of each request after the first (default: the peer's
-- dialogue "1" "1*5" "1*5*1" "1*5*1*2" "1*5*1*2*2" "1*5*1*2*2*1"); the first request is always "".
-- Set USSD_SECRET to add `?secret=...` to the path.
-- Jobline's copy of ../shared/peers/ussd-bench/dialogue.lua, used for both servers: RUN_ID (set
-- by run.sh, different for every wrk run) goes into each sessionId, so a run never repeats the
-- sessions of the one before (AT never reuses a session id; a server that remembers sessions
-- would otherwise answer repeats of an old session, not new dialogues).
local steps = {"", "1", "1*5", "1*5*1", "1*5*1*2", "1*5*1*2*2", "1*5*1*2*2*1"}
local threads = {}
-- globals, so that thread:set/get reach them
tid = 0
bad = 0
ended = 0
local step = 0
local dialogue = 0
local path
local run = os.getenv("RUN_ID") or ""

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  if #args > 0 then
    steps = {""}
    for _, a in ipairs(args) do table.insert(steps, a) end
  end
  path = wrk.path
  local secret = os.getenv("USSD_SECRET")
  if secret and secret ~= "" then
    path = path .. (path:find("?", 1, true) and "&" or "?") .. "secret=" .. urlencode(secret)
  end
end

function request()
  if step == 0 then dialogue = dialogue + 1 end
  local text = steps[step + 1]
  step = (step + 1) % #steps
  local phone = string.format("+22890%06d", (tid * 300000 + dialogue) % 1000000)
  local body = "sessionId=w" .. run .. "-" .. tid .. "-" .. dialogue
    .. "&serviceCode=" .. urlencode("*888#")
    .. "&phoneNumber=" .. urlencode(phone)
    .. "&networkCode=61501&text=" .. urlencode(text)
  return wrk.format("POST", path, {["Content-Type"] = "application/x-www-form-urlencoded"}, body)
end

function response(status, headers, body)
  local head = body:sub(1, 4)
  if status ~= 200 or (head ~= "CON " and head ~= "END ") then
    bad = bad + 1
  elseif head == "END " then
    ended = ended + 1
  end
end

function done(summary, latency, requests)
  local b, e = 0, 0
  for _, t in ipairs(threads) do
    b = b + t:get("bad")
    e = e + t:get("ended")
  end
  local secs = summary.duration / 1e6
  io.write(string.format("requests/s %.1f\n", summary.requests / secs))
  io.write(string.format("dialogues/s %.1f (%d steps each)\n", summary.requests / #steps / secs, #steps))
  io.write(string.format("completed dialogues (END) %d\n", e))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("bad replies %d, socket errors %d\n", b,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
