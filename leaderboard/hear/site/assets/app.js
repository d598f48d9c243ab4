// The leaderboard's pages, drawn from window.LEADERBOARD (data.js: leaderboard.json as it was built).
// No number is computed or typed here that leaderboard.json does not hold; this file only lays them out.
(function () {
  "use strict";
  const D = window.LEADERBOARD;
  const body = document.body;
  const ROOT = body.dataset.root || "";
  const NAME = body.dataset.name;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  const fmt = (v, d = 3) => (v === null || v === undefined ? "—" : Number(v).toFixed(d));
  const pm = (v, s) => (v === null || v === undefined ? "—" : `${fmt(v)} ± ${fmt(s)}`);
  const params = (n) => (!n ? "—" : n >= 1e5 ? `${(n / 1e6).toFixed(1)}M` : n.toLocaleString("en-US"));
  const modelLink = (m) => el("a", { href: `${ROOT}models/${encodeURIComponent(m)}.html`, text: m });
  const taskLink = (t) => el("a", { href: `${ROOT}tasks/${encodeURIComponent(t)}.html`, text: t });
  const layerName = (m, i) => {
    const names = (D.models[m] || {}).layer_names;
    return names && names[i] !== undefined ? `${i} ${names[i]}` : String(i);
  };

  // ---------------------------------------------------------------- sortable tables
  // columns: [{label, value(row) -> number|string|null, cell(row) -> Node|string, numeric, higherFirst}];
  // the column `head` holds each row's header cell (<th scope="row">)
  function sortableTable(table, columns, rows, rowAttrs, head = 1) {
    const thead = table.tHead, tbody = table.tBodies[0];
    let order = { col: -1, dir: 1 };
    thead.replaceChildren(el("tr", {}, columns.map((c, i) => {
      const b = el("button", { type: "button", text: c.label, "data-col": i });
      b.addEventListener("click", () => {
        order = { col: i, dir: order.col === i ? -order.dir : (c.numeric && c.higherFirst ? -1 : 1) };
        render();
      });
      return el("th", { scope: "col", "aria-sort": "none" }, b);
    })));
    function render() {
      const shown = rows.slice();
      if (order.col >= 0) {
        const v = columns[order.col].value;
        shown.sort((a, b) => {
          const x = v(a), y = v(b);
          if (x === y) return 0;
          if (x === null || x === undefined) return 1;  // empty cells last, whichever the direction
          if (y === null || y === undefined) return -1;
          return (x < y ? -1 : 1) * order.dir;
        });
      }
      [...thead.rows[0].cells].forEach((th, i) =>
        th.setAttribute("aria-sort", i !== order.col ? "none" : order.dir > 0 ? "ascending" : "descending"));
      tbody.replaceChildren(...shown.map((r) => el("tr", rowAttrs ? rowAttrs(r) : {},
        columns.map((c, i) => el(i === head ? "th" : "td", i === head ? { scope: "row" } : { class: c.numeric ? "num" : null },
          c.cell ? c.cell(r) : String(c.value(r) ?? "—"))))));
    }
    render();
  }

  // ---------------------------------------------------------------- index
  function index() {
    document.getElementById("ordering").textContent =
      `Every score is the test score of the layer chosen on validation (mean over probe seeds); nothing is ` +
      `selected on test. Ordered by the ${D.ordered_by}. Models that miss a task shown are listed, marked ` +
      `incomplete, and get no rank.`;
    const suites = [...new Set(Object.values(D.tasks).flatMap((t) => t.suite || []))].sort();
    const families = [...new Set(Object.values(D.tasks).map((t) => t.family).filter(Boolean))].sort();
    const suiteSel = document.getElementById("suite"), familySel = document.getElementById("family");
    suiteSel.replaceChildren(el("option", { value: "", text: "all suites" }), ...suites.map((s) => el("option", { value: s, text: s })));
    familySel.replaceChildren(el("option", { value: "", text: "all families" }), ...families.map((f) => el("option", { value: f, text: f })));
    const params0 = new URLSearchParams(location.search);
    suiteSel.value = params0.get("suite") || "";
    familySel.value = params0.get("family") || "";

    function draw() {
      const suite = suiteSel.value || null, family = familySel.value || null;
      const group = suite === null && family === null
        ? { tasks: Object.keys(D.tasks), overall: D.overall }
        : D.overall_by.find((g) => g.suite === suite && g.family === family);
      const note = document.getElementById("filter-note");
      const table = document.getElementById("overall");
      if (!group) {
        note.textContent = `No task is in suite ${suite} and family ${family}.`;
        table.tBodies[0].replaceChildren();
        return;
      }
      note.textContent = `${group.tasks.length} of ${Object.keys(D.tasks).length} tasks: ${group.tasks.join(", ")}.`;
      const score = (m, t) => (D.per_task[t] || []).find((r) => r.model === m);
      const cols = [
        { label: "rank", value: (r) => r.rank, numeric: true },
        { label: "model", value: (r) => r.model, cell: (r) => [modelLink(r.model),
          r.complete ? null : el("span", { class: "incomplete-note", text: ` (incomplete: missing ${r.missing.join(", ")})` })] },
        { label: "params", value: (r) => r.params || null, cell: (r) => params(r.params), numeric: true, higherFirst: true },
        { label: "mean (0-100)", value: (r) => r.mean, cell: (r) => fmt(r.mean, 1), numeric: true, higherFirst: true },
        { label: "Borda", value: (r) => r.borda, numeric: true, higherFirst: true },
        { label: "tasks done", value: (r) => r.tasks_done, cell: (r) => `${r.tasks_done}/${group.tasks.length}`, numeric: true, higherFirst: true },
        ...group.tasks.map((t) => ({
          label: t, numeric: true, higherFirst: D.tasks[t].higher_is_better,
          value: (r) => { const s = score(r.model, t); return s ? s.score : null; },
          cell: (r) => { const s = score(r.model, t); return s ? el("span", { title: `± ${fmt(s.std)} over seeds; layer ${s.layer}`, text: fmt(s.score) }) : "—"; },
        })),
      ];
      sortableTable(table, cols, group.overall, (r) => ({ "data-model": r.model, class: r.complete ? null : "incomplete" }));
    }
    suiteSel.addEventListener("change", draw);
    familySel.addEventListener("change", draw);
    draw();

    const rows = Object.entries(D.tasks).map(([t, info]) => ({ t, ...info, n: (D.per_task[t] || []).length }));
    sortableTable(document.getElementById("tasks"), [
      { label: "task", value: (r) => r.t, cell: (r) => taskLink(r.t) },
      { label: "version", value: (r) => r.version, numeric: true },
      { label: "family", value: (r) => r.family || null },
      { label: "suites", value: (r) => (r.suite || []).join(", ") },
      { label: "primary metric", value: (r) => r.primary },
      { label: "models", value: (r) => r.n, numeric: true },
      { label: "protocol hash", value: (r) => r.protocol_hash, cell: (r) => el("code", { text: r.protocol_hash.slice(0, 12) }) },
    ], rows, null, 0);
    if (D.skipped && D.skipped.length) {
      document.getElementById("skipped-section").hidden = false;
      document.getElementById("skipped").replaceChildren(...D.skipped.map((s) => el("li", { text: s })));
    }
  }

  // ---------------------------------------------------------------- task page
  function taskPage() {
    const t = NAME, info = D.tasks[t];
    document.getElementById("task-info").textContent =
      `Version ${info.version}; family ${info.family || "—"}; suites ${(info.suite || []).join(", ")}; primary metric ` +
      `${info.primary} (${info.higher_is_better ? "higher" : "lower"} is better); protocol ${info.protocol_hash.slice(0, 12)}; ` +
      `data ${String(info.data_hash).slice(0, 12)}.`;
    const pubs = (D.published || {})[t] || [];
    const cols = [
      { label: "rank", value: (r) => r.rank, numeric: true },
      { label: "model", value: (r) => r.model, cell: (r) => modelLink(r.model) },
      { label: "score ± seeds", value: (r) => r.score, cell: (r) => pm(r.score, r.std), numeric: true, higherFirst: info.higher_is_better },
      { label: "layer (of)", value: (r) => r.layer, cell: (r) => `${layerName(r.model, r.layer)} (${r.num_layers})`, numeric: true },
      { label: "last layer", value: (r) => r.last_layer, cell: (r) => pm(r.last_layer, r.last_layer_std), numeric: true, higherFirst: info.higher_is_better },
      { label: "weighted sum", value: (r) => r.weighted_sum, cell: (r) => pm(r.weighted_sum, r.weighted_sum_std), numeric: true, higherFirst: info.higher_is_better },
    ];
    if (pubs.length) cols.push({ label: "published", value: (r) => r.published, cell: (r) => fmt(r.published), numeric: true });
    sortableTable(document.getElementById("task-table"), cols, D.per_task[t] || [], (r) => ({ "data-model": r.model }));
    if (pubs.length) {
      document.getElementById("published-section").hidden = false;
      document.getElementById("published").replaceChildren(...pubs.map((x) => el("li", {
        text: `${x.model}: ${x.metric} ${fmt(x.score)}` +
          (x.ours === null ? "" : `; ours ${fmt(x.ours)} (${x.difference >= 0 ? "+" : ""}${fmt(x.difference)})`) +
          `. Source: ${x.source}`,
      })));
    }
  }

  // ---------------------------------------------------------------- model page
  const shadeTies = {
    id: "shadeTies",
    beforeDatasetsDraw(chart, _args, opts) {
      const x = chart.scales.x, area = chart.chartArea, ctx = chart.ctx;
      const step = x.ticks.length > 1 ? Math.abs(x.getPixelForTick(1) - x.getPixelForTick(0)) : area.width;
      ctx.save();
      opts.shaded.forEach((on, i) => {
        if (!on) return;
        ctx.fillStyle = opts.color;
        ctx.fillRect(x.getPixelForTick(i) - step / 2, area.top, step, area.bottom - area.top);
      });
      ctx.restore();
    },
  };

  function heat(value, lo, hi) {
    const f = hi > lo ? (value - lo) / (hi - lo) : 0;
    return `hsl(212, 70%, ${Math.round(97 - 55 * Math.min(1, Math.max(0, f)))}%)`;
  }

  function heatTable(caption, rowLabels, colLabels, matrix, lo, hi, digits) {
    return el("table", { class: "heatmap" }, el("caption", { text: caption }),
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "" }), colLabels.map((c) => el("th", { scope: "col", text: c })))),
      el("tbody", {}, rowLabels.map((r, i) => el("tr", {}, el("th", { scope: "row", text: r }),
        matrix[i].map((v) => v === null ? el("td", { text: "" }) : el("td", {
          class: "num", style: `background:${heat(v, lo, hi)};color:${(hi > lo ? (v - lo) / (hi - lo) : 0) > 0.6 ? "#fff" : "#000"}`,
          text: fmt(v, digits),
        }))))));
  }

  function modelPage() {
    const m = NAME, info = D.models[m] || {}, layers = D.per_model_layers[m] || {};
    const row = D.overall.find((r) => r.model === m) || {};
    document.getElementById("model-info").textContent =
      `Entry ${info.entry || m} (adapter ${info.adapter || "—"}); ${params(info.params)} parameters; ` +
      `${info.num_layers} layers${info.sample_rate ? `; ${info.sample_rate} Hz` : ""}. Overall: ` +
      (row.rank ? `rank ${row.rank}, ` : "unranked (incomplete), ") + `mean ${fmt(row.mean, 1)} over ${row.tasks_done} tasks.`;
    const curves = document.getElementById("curves");
    const style = getComputedStyle(document.documentElement);
    for (const [t, d] of Object.entries(layers)) {
      const ids = Object.keys(d.scores).map(Number).sort((a, b) => a - b);
      const ys = ids.map((i) => d.scores[i]), sd = ids.map((i) => d.std[i] || 0);
      const tied = ids.map((i) => d.relation[i] === "tied" || i === d.selected);
      const metric = D.tasks[t].primary;
      const sel = ids.indexOf(d.selected);
      const ties = ids.filter((i, k) => tied[k] && i !== d.selected);
      const alt = `${m} on ${t}: test ${metric} by layer, from ${fmt(Math.min(...ys))} to ${fmt(Math.max(...ys))}; ` +
        `layer ${layerName(m, d.selected)} chosen on validation scores ${fmt(d.scores[d.selected])}` +
        (ties.length ? `; tied with it: layers ${ties.join(", ")}.` : "; no other layer is tied with it.");
      const canvas = el("canvas", { role: "img", "aria-label": alt, width: 480, height: 260 });
      const numbers = el("details", {}, el("summary", { text: "the numbers" }), el("table", {},
        el("caption", { text: `${t}: ${metric} by layer` }),
        el("thead", {}, el("tr", {}, ["layer", `valid ${metric}`, `test ${metric}`, "± seeds", "vs chosen"].map((h) => el("th", { scope: "col", text: h })))),
        el("tbody", {}, ids.map((i) => el("tr", { class: i === d.selected ? "selected" : null },
          el("th", { scope: "row", text: layerName(m, i) + (i === d.selected ? " *" : "") }),
          el("td", { class: "num", text: fmt(d.valid[i]) }), el("td", { class: "num", text: fmt(d.scores[i]) }),
          el("td", { class: "num", text: fmt(d.std[i]) }), el("td", { text: i === d.selected ? "chosen" : d.relation[i] || "" }))))));
      curves.append(el("figure", { class: "card", "data-task": t }, el("figcaption", {}, taskLink(t), ` (${metric})`), canvas, numbers));
      const accent = style.getPropertyValue("--accent").trim() || "#1f5fa8";
      new Chart(canvas, {
        type: "line",
        data: {
          labels: ids.map(String),
          datasets: [
            { label: "+1 sd", data: ys.map((y, k) => y + sd[k]), borderWidth: 0, pointRadius: 0, fill: "+1", backgroundColor: "rgba(31,95,168,0.15)" },
            { label: "-1 sd", data: ys.map((y, k) => y - sd[k]), borderWidth: 0, pointRadius: 0, fill: false },
            { label: `test ${metric}`, data: ys, borderColor: accent, backgroundColor: accent, borderWidth: 2,
              pointRadius: ids.map((_, k) => (k === sel ? 7 : 3)), pointBorderWidth: ids.map((_, k) => (k === sel ? 3 : 1)),
              pointBackgroundColor: ids.map((_, k) => (k === sel ? "#fff" : accent)) },
          ],
        },
        options: {
          animation: false, responsive: false,
          plugins: { legend: { display: false }, shadeTies: { shaded: tied, color: "rgba(250,180,40,0.22)" },
                     tooltip: { filter: (item) => item.datasetIndex === 2 } },
          scales: { x: { title: { display: true, text: "layer" } }, y: { title: { display: true, text: metric } } },
        },
        plugins: [shadeTies],
      });
    }
    const withWeights = Object.entries(layers).filter(([, d]) => d.layer_weights);
    const wbox = document.getElementById("weights");
    if (withWeights.length) {
      const cols = [...new Set(withWeights.flatMap(([, d]) => d.weighted_sum_layers || d.layer_weights.map((_, i) => i)))].sort((a, b) => a - b);
      const mat = withWeights.map(([, d]) => {
        const ls = d.weighted_sum_layers || d.layer_weights.map((_, i) => i);
        return cols.map((c) => (ls.indexOf(c) >= 0 ? d.layer_weights[ls.indexOf(c)] : null));
      });
      const all = mat.flat().filter((v) => v !== null);
      wbox.append(heatTable("Softmax weight of each layer in the weighted-sum probe (mean over seeds), per task",
        withWeights.map(([t]) => t), cols.map((c) => layerName(m, c)), mat, Math.min(...all), Math.max(...all), 2));
    } else {
      wbox.append(el("p", { text: "No weighted-sum probe was fitted (one layer, or the protocol has none)." }));
    }
    const sims = (D.similarity || {})[m] || {};
    const sbox = document.getElementById("similarity");
    if (!Object.keys(sims).length) {
      sbox.append(el("p", {}, "None on the board: ", el("code", { text: `bench analyze similarity --model ${m} --task TASK` }), " adds one."));
    }
    for (const s of Object.values(sims)) {
      sbox.append(el("div", { class: "scroll" }, heatTable(
        `${m}${s.vs ? " vs " + s.vs : ""} on ${s.task}: ${s.measure} between layers (${s.clips} clips); rows ${m}, columns ${s.vs || m}`,
        s.layers.map((i) => layerName(m, i)), s.vs_layers.map((i) => (s.vs ? String(i) : layerName(m, i))), s.matrix, 0, 1, 2)));
    }
    document.getElementById("files").replaceChildren(...Object.keys(layers).map((t) =>
      el("li", {}, el("a", { href: `${ROOT}results/${encodeURIComponent(m)}/${encodeURIComponent(t)}.json`, text: `${m}/${t}.json` }))));
  }

  ({ index, task: taskPage, model: modelPage })[body.dataset.page]();
})();
