-- wrk script for docs/bench/cache.sh: each request asks for one of the paths listed in the file
-- given after "--", drawn uniformly at random (a long-tail audience or a crawler, not a hot set).
local paths = {}

function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  -- each wrk thread has its own Lua state: seed each differently
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
