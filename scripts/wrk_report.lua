-- wrk script for `make bench` and the system tests. With paths after "--", each
-- connection cycles through them; at the end, one JSON line with the totals,
-- the errors by kind and the latency percentiles (microseconds).
local paths = {}
local counter = 0

function init(args)
    for _, path in ipairs(args) do
        paths[#paths + 1] = path
    end
end

function request()
    if #paths == 0 then
        return wrk.request()
    end
    counter = counter + 1
    return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        '{"requests": %d, "duration_us": %d, "bytes": %d, '
            .. '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, '
            .. '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
        summary.requests, summary.duration, summary.bytes,
        e.connect, e.read, e.write, e.status, e.timeout,
        latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.max, latency.mean
    ))
end
