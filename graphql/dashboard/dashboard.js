// The network dashboard: every figure is read from the public GraphQL API (this server's /graphql),
// and refreshed when its SSE subscriptions say a block or an epoch was indexed. `window.dashboard`
// keeps what was last shown (tests compare it with the API).
"use strict";

const ENDPOINT = "/graphql";
const JOB_STATES = ["OPEN", "ACCEPTED", "PROOF_SUBMITTED", "DISPUTED", "COMPLETED", "FAILED", "EXPIRED", "CANCELLED", "RESOLVED"];
const ROLE_COLORS = {
  ROLE_PRINTERS: "#4fb3ff", ROLE_VALIDATORS: "#a78bfa", ROLE_DEVELOPERS: "#3fd07f",
  ROLE_MODEL_PROVIDERS: "#f6c343", ROLE_LIQUIDITY_PROVIDERS: "#ff8a65", ROLE_COMMUNITY: "#8b9bb0",
};
const STATUS_COLORS = { PRINTER_STATUS_ACTIVE: "#3fd07f", PRINTER_STATUS_PAUSED: "#f6c343", PRINTER_STATUS_RETIRED: "#8b9bb0" };

const state = { selectedPrinter: null, charts: {}, shown: {} };
window.dashboard = state;

async function graphql(query, variables = {}) {
  const response = await fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json" }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors && body.errors.length) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data;
}

/** uprint (a decimal string) as PRINT with 2 decimals, exactly (BigInt). */
function print(uprint) {
  const value = BigInt(uprint);
  const cents = (value + 5000n) / 10000n;
  return `${(cents / 100n).toLocaleString("en-US")}.${String(cents % 100n).padStart(2, "0")}`;
}
const percent = (rate) => (rate === null || rate === undefined ? "–" : `${(Number(rate) * 100).toFixed(1)}%`);
const text = (id, value) => { document.getElementById(id).textContent = value; };
const short = (name) => name.replace(/^(ROLE|JOB_STATUS|PRINTER_STATUS|PROPOSAL_STATUS)_/, "").toLowerCase().replace(/_/g, " ");

async function refreshSummary() {
  const counts = JOB_STATES.map((status) => `${status.toLowerCase()}: jobs(where: { status: { eq: JOB_STATUS_${status} } }, first: 0) { totalCount }`).join("\n");
  const data = await graphql(`{
    _meta { indexedHeight chainHeight lag }
    latest: epochs(last: 1) { nodes { epoch endHeight } }
    active: printers(where: { status: { eq: PRINTER_STATUS_ACTIVE } }, first: 0) { totalCount }
    all: printers(first: 0) { totalCount }
    ${counts}
  }`);
  const epoch = data.latest.nodes[0];
  const summary = {
    height: data._meta.indexedHeight,
    lag: data._meta.lag,
    epoch: epoch ? epoch.epoch : null,
    printersActive: data.active.totalCount,
    printers: data.all.totalCount,
    jobs: Object.fromEntries(JOB_STATES.map((status) => [status, data[status.toLowerCase()].totalCount])),
  };
  state.shown.summary = summary;
  text("height", summary.height ?? "–");
  text("lag", summary.lag === null ? "chain head unknown" : `lag ${summary.lag} blocks`);
  text("epoch", summary.epoch ?? "–");
  text("epoch-sub", epoch ? `last ended at height ${epoch.endHeight}` : "no epoch ended yet");
  text("printers-active", summary.printersActive);
  text("printers-total", `of ${summary.printers} registered`);
  const states = document.getElementById("jobs-states");
  states.replaceChildren(...JOB_STATES.map((status) => {
    const item = document.createElement("span");
    item.dataset.status = status;
    item.innerHTML = `<b>${summary.jobs[status]}</b>${short(status)}`;
    return item;
  }));
}

async function refreshMap() {
  const printers = [];
  let after = null;
  for (let page = 0; page < 10; page++) {
    const data = await graphql(`query ($after: String) { printers(first: 1000, after: $after) { nodes { id moniker region status latitude longitude } pageInfo { hasNextPage endCursor } } }`, { after });
    printers.push(...data.printers.nodes);
    if (!data.printers.pageInfo.hasNextPage) break;
    after = data.printers.pageInfo.endCursor;
  }
  state.shown.printers = printers;
  const datasets = Object.entries(STATUS_COLORS).map(([status, color]) => ({
    label: short(status),
    data: printers.filter((printer) => printer.status === status).map((printer) => ({ x: printer.longitude, y: printer.latitude, id: printer.id, name: printer.moniker, region: printer.region })),
    backgroundColor: color,
    pointRadius: 4,
  }));
  draw("map", "map-chart", {
    type: "scatter",
    data: { datasets },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { min: -180, max: 180, title: { display: true, text: "longitude" } }, y: { min: -90, max: 90, title: { display: true, text: "latitude" } } },
      plugins: { tooltip: { callbacks: { label: (item) => `${item.raw.name} (${item.raw.id}, ${item.raw.region})` } } },
      onClick: (_, elements, chart) => {
        const element = elements[0];
        if (element) selectPrinter(chart.data.datasets[element.datasetIndex].data[element.index].id);
      },
    },
  });
}

async function refreshEmissions() {
  const data = await graphql(`{ epochs(last: 20) { nodes { epoch roles { role weight paid } } } }`);
  const epochs = data.epochs.nodes;
  state.shown.emissions = epochs;
  const roles = Object.keys(ROLE_COLORS);
  draw("emissions", "emissions-chart", {
    type: "bar",
    data: {
      labels: epochs.map((epoch) => `epoch ${epoch.epoch}`),
      datasets: roles.map((role) => ({
        label: short(role),
        backgroundColor: ROLE_COLORS[role],
        // PRINT, as a number for the chart (display only; the API's figures are exact strings).
        data: epochs.map((epoch) => Number((epoch.roles.find((split) => split.role === role) || { paid: "0" }).paid) / 1e6),
        weights: epochs.map((epoch) => (epoch.roles.find((split) => split.role === role) || { weight: 0 }).weight),
      })),
    },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "PRINT paid" } } },
      plugins: { tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw.toFixed(2)} PRINT (weight ${item.dataset.weights[item.dataIndex]})` } } },
    },
  });
  const last = epochs[epochs.length - 1];
  text("weights-note", last ? `Weights in force in epoch ${last.epoch}: ${last.roles.map((split) => `${short(split.role)} ${split.weight}`).join(" · ")}` : "No epoch has ended yet.");
}

async function refreshLeaderboard() {
  const data = await graphql(`{ latest: epochs(last: 1) { nodes { epoch } } leaderboard(by: POINTS, first: 10) { rank value printer { id moniker region } performance { onTimeRate avgQuality rewards } } }`);
  state.shown.leaderboard = data.leaderboard;
  text("leaderboard-epoch", data.latest.nodes[0] ? data.latest.nodes[0].epoch : "–");
  const body = document.querySelector("#leaderboard tbody");
  body.replaceChildren(...data.leaderboard.map((entry) => {
    const row = document.createElement("tr");
    row.dataset.printer = entry.printer.id;
    if (entry.printer.id === state.selectedPrinter) row.classList.add("selected");
    for (const value of [entry.rank, entry.printer.moniker, entry.printer.region, entry.value, percent(entry.performance.onTimeRate), entry.performance.avgQuality ?? "–", print(entry.performance.rewards)]) {
      const cell = document.createElement("td");
      cell.textContent = value;
      row.append(cell);
    }
    row.addEventListener("click", () => selectPrinter(entry.printer.id));
    return row;
  }));
  if (!state.selectedPrinter && data.leaderboard[0]) await selectPrinter(data.leaderboard[0].printer.id);
}

async function selectPrinter(id) {
  state.selectedPrinter = id;
  for (const row of document.querySelectorAll("#leaderboard tbody tr")) row.classList.toggle("selected", row.dataset.printer === id);
  const data = await graphql(`query ($id: ID!) { printer(id: $id) { id moniker region status performance { epochs completed failed onTimeRate avgQuality points rewards } epochs(last: 20) { nodes { epoch points completed onTimeRate avgQuality } } } }`, { id });
  const printer = data.printer;
  state.shown.printer = printer;
  if (!printer) return;
  text("printer-id", `${printer.moniker} (${printer.id})`);
  const epochs = printer.epochs.nodes;
  draw("printer", "printer-chart", {
    type: "line",
    data: {
      labels: epochs.map((row) => `epoch ${row.epoch}`),
      datasets: [
        { label: "points", data: epochs.map((row) => Number(row.points)), borderColor: "#4fb3ff", yAxisID: "points" },
        { label: "on-time rate", data: epochs.map((row) => (row.onTimeRate === null ? null : Number(row.onTimeRate))), borderColor: "#3fd07f", yAxisID: "rate" },
        { label: "avg quality / 100", data: epochs.map((row) => (row.avgQuality === null ? null : Number(row.avgQuality) / 100)), borderColor: "#f6c343", yAxisID: "rate" },
      ],
    },
    options: { animation: false, maintainAspectRatio: false, spanGaps: true, scales: { points: { position: "left" }, rate: { position: "right", min: 0, max: 1 } } },
  });
  const p = printer.performance;
  text("printer-note", `${printer.region} · ${short(printer.status)} · over ${p.epochs} epochs: ${p.completed} completed, ${p.failed} failed, on time ${percent(p.onTimeRate)}, quality ${p.avgQuality ?? "–"}, ${print(p.rewards)} PRINT earned`);
}

async function refreshProposals() {
  const data = await graphql(`{ proposals(last: 10) { nodes { id title status finalTally { yes no abstain noWithVeto } turnout { voters } } } }`);
  const proposals = data.proposals.nodes;
  state.shown.proposals = proposals;
  const tally = (proposal, option) => (proposal.finalTally ? Number(proposal.finalTally[option]) / 1e6 : 0);
  draw("proposals", "proposals-chart", {
    type: "bar",
    data: {
      labels: proposals.map((proposal) => `#${proposal.id}`),
      datasets: [["yes", "#3fd07f"], ["no", "#ff6b6b"], ["abstain", "#8b9bb0"], ["noWithVeto", "#b45309"]].map(([option, color]) => ({ label: option, backgroundColor: color, data: proposals.map((proposal) => tally(proposal, option)) })),
    },
    options: { animation: false, maintainAspectRatio: false, indexAxis: "y", scales: { x: { stacked: true, title: { display: true, text: "PRINT of stake (final tally)" } }, y: { stacked: true } } },
  });
  const body = document.querySelector("#proposals tbody");
  body.replaceChildren(...[...proposals].reverse().map((proposal) => {
    const row = document.createElement("tr");
    const t = proposal.finalTally;
    for (const value of [proposal.id, proposal.title, short(proposal.status), t ? print(t.yes) : "–", t ? print(t.no) : "–", t ? print(t.abstain) : "–", t ? print(t.noWithVeto) : "–", proposal.turnout.voters]) {
      const cell = document.createElement("td");
      cell.textContent = value;
      row.append(cell);
    }
    return row;
  }));
}

/** Creates the chart, or replaces its data in place (no flicker on live updates). */
function draw(name, canvasId, config) {
  const existing = state.charts[name];
  if (existing) {
    existing.data = config.data;
    existing.update("none");
    return;
  }
  state.charts[name] = new Chart(document.getElementById(canvasId), config);
}

function guarded(task) {
  return task().catch((error) => console.warn(`dashboard: ${error.message}`));
}

async function refreshAll() {
  await Promise.all([refreshSummary(), refreshMap(), refreshEmissions(), refreshLeaderboard(), refreshProposals()].map((promise) => promise.catch((error) => console.warn(`dashboard: ${error.message}`))));
  state.loaded = true;
}

/** Coalesces bursts of events into one refresh at most every `ms`. */
function throttled(task, ms) {
  let timer = null;
  return () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      guarded(task);
    }, ms);
  };
}

function subscribe(query, onEvent) {
  const source = new EventSource(`${ENDPOINT}?query=${encodeURIComponent(query)}`);
  const live = document.getElementById("live");
  source.addEventListener("open", () => { live.textContent = "live"; live.classList.add("on"); });
  source.addEventListener("next", onEvent);
  source.addEventListener("message", onEvent);
  source.addEventListener("error", () => { live.textContent = "reconnecting…"; live.classList.remove("on"); });
  return source;
}

Chart.defaults.color = "#8b9bb0";
Chart.defaults.borderColor = "#223";
refreshAll().then(() => {
  const onBlock = throttled(async () => {
    await refreshSummary();
    state.updates = (state.updates || 0) + 1;
  }, 1000);
  // Printers register and change status within an epoch: the map follows every 10 s.
  const onBlockMap = throttled(refreshMap, 10_000);
  const onEpoch = throttled(async () => {
    await Promise.all([refreshMap(), refreshEmissions(), refreshLeaderboard(), refreshProposals()]);
    if (state.selectedPrinter) await selectPrinter(state.selectedPrinter);
  }, 1000);
  subscribe("subscription { newBlocks { height } }", () => {
    onBlock();
    onBlockMap();
  });
  subscribe("subscription { newEpochs { epoch } }", onEpoch);
});
