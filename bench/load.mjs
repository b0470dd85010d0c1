import autocannon from "autocannon";

const REQUEST_TIMEOUT_S = 10;

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * Drives one scenario: an untracked warm-up, then a measured run, both bounded by duration.
 * `urls` is one server or several loaded together: autocannon gives connection i to
 * urls[i % urls.length], so each server gets its share of the connections, as behind a
 * round-robin load balancer, and the latencies of all of them land in one histogram.
 * `next(origin)` returns each request to send; `isSuccess(body)` lets a row reject a 200 that
 * carries an application error.
 */
function unexpectedStatus(result, responses, expected) {
  if (!expected) return result.non2xx;
  return responses - (result.statusCodeStats?.[expected]?.count ?? 0);
}

export async function measure(urls, scenario, { connections, duration, warmup, cpuSeconds, databaseCpuSeconds }) {
  const base = {
    url: [urls].flat(),
    connections,
    timeout: REQUEST_TIMEOUT_S,
    requests: [{ setupRequest: (request) => ({ ...request, ...scenario.next(`${request.protocol}//${request.host}`) }) }],
  };
  await run({ ...base, duration: warmup });

  let rejected = 0;
  const onResponse = scenario.isSuccess
    ? (status, body) => {
        if (status >= 200 && status < 300 && !scenario.isSuccess(body)) rejected++;
      }
    : undefined;
  const cpuBefore = cpuSeconds();
  const databaseCpuBefore = databaseCpuSeconds?.();
  const clientCpuBefore = process.cpuUsage();
  const result = await run({ ...base, duration, requests: [{ ...base.requests[0], onResponse }] });
  const cpuUsed = cpuSeconds() - cpuBefore;
  const databaseCpuUsed = databaseCpuSeconds ? databaseCpuSeconds() - databaseCpuBefore : null;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const responses = result["1xx"] + result["2xx"] + result["3xx"] + result["4xx"] + result["5xx"];
  return {
    connections,
    durationS: result.duration,
    requests: responses,
    rps: responses / result.duration,
    // No answer within the duration leaves no latency to report, not a latency of 0.
    p50Ms: responses ? result.latency.p50 : null,
    p99Ms: responses ? result.latency.p99 : null,
    serverCpuMsPerRequest: (cpuUsed * 1000) / responses,
    // The machine's other consumers of the same cores: the PostgreSQL server (all its processes)
    // and this load generator itself (autocannon runs in the bench's own process).
    databaseCpuMsPerRequest: databaseCpuUsed === null ? null : (databaseCpuUsed * 1000) / responses,
    clientCpuMsPerRequest: (clientCpu.user + clientCpu.system) / 1000 / responses,
    // Redirects count: a signed-in page that redirects to /login has failed. A row that expects
    // another status (the 404 page) counts every other answer instead.
    errors: unexpectedStatus(result, responses, scenario.expectedStatus) + result.errors + rejected, // autocannon counts timeouts in errors
    statusCodes: result.statusCodeStats,
  };
}
