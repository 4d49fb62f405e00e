-- wrk prints, after its own report, one line the benchmark reads:
-- RESULT <requests/s> <p50 ms> <p99 ms> <errors> <requests>
-- Errors are connection, read, write and timeout errors, and responses other than 2xx or 3xx.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
      summary.requests / (summary.duration / 1000000),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      errors, summary.requests))
end
