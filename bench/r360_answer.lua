-- This file is the wrk script of bench/r360_answer.sh: every request saves
-- a 360 answer (POST /api/v1/360/tugas/{id}/jawab, a JSON body) as the
-- assignment's own rater, with their session cookie and CSRF header.  An
-- assignment takes one answer (a second is 409), so the requests walk a
-- file of pairs that gen_city --sessions wrote, one line each:
--     assignment_id session_token csrf
-- Thread t of T takes lines START+t-1, START+t-1+T, ... (0-based), reading
-- the file as it goes.  When its lines run out it sends the last pair again
-- (a 409, counted as exhausted).
--
--   wrk -s bench/r360_answer.lua URL -- PAIRS_FILE START THREADS
--
-- done() prints key=value lines: lua_ok (2xx), lua_bad (other statuses),
-- lua_exhausted, lua_next (the first line no thread reached: START of the
-- next run) and lua_first_bad (status and start of the body of the first
-- non-2xx answer).

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("tid", #threads)
end

local body = '{"nilai":{"berorientasi_pelayanan":2,"akuntabel":3,"kompeten":2,' ..
   '"harmonis":2,"loyal":2,"adaptif":1,"kolaboratif":2},' ..
   '"komentar":"Kerja sama tim terjaga; ketepatan waktu masih dapat ditingkatkan."}'

function init(args)
   start = tonumber(args[2]) or 0
   step = tonumber(args[3]) or 1
   file = assert(io.open(args[1], "r"))
   pos = -1         -- 0-based index of the last line read
   last = -1        -- index of the last line used
   ok, bad, exhausted = 0, 0, 0
   first_bad = ""
   req_id, headers = nil, nil
end

-- The next line of this thread, or nil when the file has no more.
local function next_line()
   local want = last < 0 and start + tid - 1 or last + step
   local line
   while pos < want do
      line = file:read("*l")
      if not line then
         return nil
      end
      pos = pos + 1
   end
   last = want
   return line
end

function request()
   local line = next_line()
   if line then
      local id, token, csrf = line:match("^(%d+) (%x+) (%x+)$")
      req_id = id
      headers = {
         ["Cookie"] = "kinerja_sesi=" .. token,
         ["X-CSRF-Token"] = csrf,
         ["Content-Type"] = "application/json",
      }
   else
      exhausted = exhausted + 1
      if not req_id then
         return wrk.format("GET", "/healthz")
      end
   end
   return wrk.format("POST", "/api/v1/360/tugas/" .. req_id .. "/jawab", headers, body)
end

function response(status, hdrs, resp)
   if status >= 200 and status < 300 then
      ok = ok + 1
   else
      bad = bad + 1
      if first_bad == "" then
         first_bad = (status .. " " .. string.sub(resp or "", 1, 160)):gsub("[\r\n]", " ")
      end
   end
end

function done(summary, latency, requests)
   local o, b, e, hi, fb = 0, 0, 0, -1, ""
   for _, t in ipairs(threads) do
      o = o + t:get("ok")
      b = b + t:get("bad")
      e = e + t:get("exhausted")
      hi = math.max(hi, t:get("last"))
      if fb == "" then
         fb = t:get("first_bad")
      end
   end
   io.write(string.format("lua_ok=%d\nlua_bad=%d\nlua_exhausted=%d\nlua_next=%d\n" ..
                          "lua_first_bad=%s\n", o, b, e, hi + 1, fb))
end
