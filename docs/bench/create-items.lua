-- wrk script: POST organisations with unique names; each thread stops after its share.
-- Arguments after "--": <API token> <items per thread>
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function init(args)
  token = args[1]
  share = tonumber(args[2] or "5000")
  sent = 0
  done = 0
end

function request()
  sent = sent + 1
  local body = string.format('{"properties":{"name":"Bench organisation %d-%d","country":"FR",' ..
    '"location":{"lat":45.7,"lon":4.8},"description":{"en":"<p>Benchmark item %d</p>","fr":"<p>Élément %d</p>"}}}',
    id, sent, sent, sent)
  return wrk.format("POST", "/.rest/authoring/v1/items/organisation",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}, body)
end

function response(status, headers, body)
  if status ~= 201 then io.write("unexpected status " .. status .. ": " .. body .. "\n") end
  done = done + 1
  if done >= share then wrk.thread:stop() end
end
