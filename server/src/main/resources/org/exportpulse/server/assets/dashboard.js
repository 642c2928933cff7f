// Draws the dashboard's charts from the JSON API: the series with a transform picker, fiscal year to
// date by fiscal year, and shares of the listed single-series denominators.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  var picker = document.getElementById("transform");
  if (!box || !picker || typeof echarts === "undefined") {
    return;
  }
  var series = box.dataset.series;
  var asOf = box.dataset.asOf;

  function observations(transform) {
    var url = "/api/series/" + encodeURIComponent(series) + "/observations?transform=" + encodeURIComponent(transform);
    if (asOf) {
      url += "&as_of=" + encodeURIComponent(asOf);
    }
    return fetch(url).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status + " for " + url); }
      return response.json();
    });
  }

  function chartIn(element) {
    var chart = echarts.init(element, null, { renderer: "canvas" });
    window.addEventListener("resize", function () { chart.resize(); });
    return chart;
  }

  var main = chartIn(box);
  // The chosen transform; with "lin" the year-on-year change (pc1) rides on a second axis.
  function drawMain(transform) {
    var wanted = transform === "lin" ? [observations("lin"), observations("pc1")] : [observations(transform)];
    Promise.all(wanted).then(function (all) {
      var data = all[0];
      var values = data.observations.map(function (o) { return o.value; });
      var lines = [{ type: "line", name: data.transform + " (" + data.unit + ")", data: values, connectNulls: false,
        showSymbol: false }];
      var axes = [{ type: "value", scale: true }];
      if (all.length > 1) {
        axes.push({ type: "value", scale: true, axisLabel: { formatter: "{value} %" } });
        lines.push({ type: "line", name: "year-on-year (%)", yAxisIndex: 1, showSymbol: false, connectNulls: false,
          lineStyle: { type: "dashed" }, data: all[1].observations.map(function (o) { return o.value; }) });
      }
      main.setOption({
        animation: false,
        title: { text: data.series, left: "center", textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis" },
        legend: { top: 22 },
        xAxis: { type: "category", data: data.observations.map(function (o) { return o.period; }) },
        yAxis: axes,
        dataZoom: [{ type: "slider", start: 60, end: 100 }, { type: "inside" }],
        series: lines
      }, true);
      box.dataset.transform = data.transform;
      box.dataset.lines = String(lines.length);
      box.dataset.points = String(values.filter(function (v) { return v !== null; }).length);
    }).catch(function (error) { box.dataset.error = String(error); });
  }
  picker.addEventListener("change", function () { drawMain(picker.value); });
  drawMain(picker.value);

  // Fiscal year to date, one line per fiscal year (the last four), by month of the fiscal year.
  var fytdBox = document.getElementById("chart-fytd");
  if (fytdBox) {
    var start = Number(fytdBox.dataset.fiscalStart);
    observations("fytd").then(function (data) {
      var years = {};
      data.observations.forEach(function (o) {
        var y = Number(o.period.slice(0, 4));
        var m = Number(o.period.slice(5, 7));
        var fy = start === 1 ? y : (m >= start ? y + 1 : y);
        var index = (m - start + 12) % 12;
        (years[fy] = years[fy] || new Array(12).fill(null))[index] = o.value;
      });
      var names = Object.keys(years).sort().slice(-4);
      var months = [];
      for (var i = 0; i < 12; i++) {
        months.push(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(start - 1 + i) % 12]);
      }
      chartIn(fytdBox).setOption({
        animation: false,
        title: { text: "Fiscal year to date (" + data.unit + ")", left: "center", textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis" },
        legend: { bottom: 0 },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value" },
        series: names.map(function (fy) {
          return { type: "line", name: "FY" + fy.slice(2), data: years[fy], connectNulls: false };
        })
      });
      fytdBox.dataset.years = String(names.length);
    }).catch(function (error) { fytdBox.dataset.error = String(error); });
  }

  // Share of each listed denominator that is a single series, named.
  var shareBox = document.getElementById("chart-share");
  if (shareBox) {
    var denominators = shareBox.dataset.shareOf ? shareBox.dataset.shareOf.split(",") : [];
    Promise.all(denominators.map(function (d) { return observations("share:" + d); })).then(function (all) {
      var periods = {};
      all.forEach(function (data) { data.observations.forEach(function (o) { if (o.value !== null) { periods[o.period] = true; } }); });
      var axis = Object.keys(periods).sort();
      chartIn(shareBox).setOption({
        animation: false,
        title: { text: denominators.length ? "Share of exports (%)" : "No share denominators listed", left: "center",
          textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis" },
        legend: { bottom: 0 },
        xAxis: { type: "category", data: axis },
        yAxis: { type: "value", scale: true },
        series: all.map(function (data, i) {
          var byPeriod = {};
          data.observations.forEach(function (o) { byPeriod[o.period] = o.value; });
          return { type: "line", name: "of " + denominators[i], data: axis.map(function (p) { return byPeriod[p]; }) };
        })
      });
      shareBox.dataset.points = String(axis.length);
    }).catch(function (error) { shareBox.dataset.error = String(error); });
  }

  // Forecast fan: the last three years and the next twelve months with 80% and 95% bands (current data only).
  var fanBox = document.getElementById("chart-forecast");
  if (fanBox && asOf) {
    fanBox.dataset.unavailable = "forecasts use the current data, not an as-of date";
    fanBox.textContent = "No forecast for an as-of view: forecasts use the current data.";
  } else if (fanBox) {
    Promise.all([observations("lin"), fetch("/api/series/" + encodeURIComponent(series) + "/forecast?horizon=12")
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })])
      .then(function (all) {
        if (!all[1].ok) {
          fanBox.dataset.unavailable = all[1].body.detail || "no forecast";
          fanBox.textContent = "No forecast: " + fanBox.dataset.unavailable;
          return;
        }
        var past = all[0].observations.filter(function (o) { return o.value !== null; }).slice(-36);
        var f = all[1].body;
        var axis = past.map(function (o) { return o.period; }).concat(f.forecasts.map(function (r) { return r.period; }));
        var pad = past.map(function () { return null; });
        function column(key) { return pad.concat(f.forecasts.map(function (r) { return r[key]; })); }
        function width(lo, hi) { return pad.concat(f.forecasts.map(function (r) { return r[hi] - r[lo]; })); }
        var actual = past.map(function (o) { return o.value; }).concat(f.forecasts.map(function () { return null; }));
        chartIn(fanBox).setOption({
          animation: false,
          title: { text: "Forecast (" + f.method + "), 80% and 95% intervals", left: "center", textStyle: { fontSize: 12 } },
          tooltip: { trigger: "axis" },
          xAxis: { type: "category", data: axis },
          yAxis: { type: "value", scale: true },
          series: [
            { type: "line", name: "lower 95", data: column("lower95"), stack: "b95", lineStyle: { opacity: 0 }, symbol: "none" },
            { type: "line", name: "95% interval", data: width("lower95", "upper95"), stack: "b95", lineStyle: { opacity: 0 },
              symbol: "none", areaStyle: { color: "rgba(192, 90, 0, 0.15)" } },
            { type: "line", name: "lower 80", data: column("lower80"), stack: "b80", lineStyle: { opacity: 0 }, symbol: "none" },
            { type: "line", name: "80% interval", data: width("lower80", "upper80"), stack: "b80", lineStyle: { opacity: 0 },
              symbol: "none", areaStyle: { color: "rgba(192, 90, 0, 0.3)" } },
            { type: "line", name: "forecast", data: column("mean"), symbol: "none", lineStyle: { color: "#c05a00" } },
            { type: "line", name: "actual", data: actual, symbol: "none", lineStyle: { color: "#0b3d2e" } }
          ]
        });
        fanBox.dataset.horizon = String(f.forecasts.length);
        fanBox.dataset.method = f.method;
      }).catch(function (error) { fanBox.dataset.error = String(error); });
  }

  // ICT service exports of Pakistan and its peers (World Bank), from /api/peers: its ranks come from the core.
  var peersBox = document.getElementById("chart-peers");
  if (peersBox) {
    fetch("/api/peers?countries=" + encodeURIComponent(peersBox.dataset.economies))
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var rows = data.economies.slice().sort(function (a, b) { return a.value - b.value; });
        chartIn(peersBox).setOption({
          animation: false,
          title: { text: "ICT exports " + data.year + ", US$ bn (#: world rank)", left: "center",
            textStyle: { fontSize: 13 } },
          tooltip: { trigger: "axis" },
          grid: { containLabel: true, left: 8, right: 24 },
          xAxis: { type: "log", logBase: 10 },
          yAxis: { type: "category", data: rows.map(function (r) { return r.code + " #" + r.world_rank; }) },
          series: [{ type: "bar", data: rows.map(function (r) {
            return { value: r.value / 1e9, itemStyle: { color: r.highlighted ? "#0b3d2e" : "#9fb3c8" } };
          }) }]
        });
        peersBox.dataset.economies = String(rows.length);
        peersBox.dataset.year = String(data.year);
      }).catch(function (error) { peersBox.dataset.error = String(error); });
  }

  // Fiscal-year outlook: reported months plus simulated paths of the rest (current data only).
  var outlookBox = document.getElementById("outlook");
  var outlookText = document.getElementById("outlook-text");
  function usdMillion(v) {
    return v >= 1000 ? "$" + (v / 1000).toFixed(2) + " billion" : "$" + Math.round(v) + " million";
  }
  if (outlookBox && asOf) {
    outlookBox.dataset.unavailable = "the outlook uses the current data, not an as-of date";
    outlookText.textContent = "No outlook for an as-of view: it uses the current data.";
  } else if (outlookBox) {
    fetch("/api/series/" + encodeURIComponent(series) + "/outlook")
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) {
          outlookBox.dataset.unavailable = res.body.detail || "no outlook";
          outlookText.textContent = "No outlook: " + outlookBox.dataset.unavailable;
          return;
        }
        var o = res.body;
        var text = o.fiscal_year + ": " + o.actual.length + " months reported, " + usdMillion(o.actual_total) + ". ";
        if (o.paths > 0) {
          text += "At this pace the year ends at about " + usdMillion(o.total.mean) + " (80% interval "
            + usdMillion(o.total.lower80) + " to " + usdMillion(o.total.upper80) + ", " + o.paths.toLocaleString("en")
            + " simulated paths; " + o.model + ").";
        } else {
          text += "The year is complete.";
        }
        if (o.last_year) {
          text += " " + o.last_year.name + ": " + usdMillion(o.last_year.value) + "; projection "
            + (o.last_year.projected_change_pct >= 0 ? "+" : "") + o.last_year.projected_change_pct.toFixed(1) + "%.";
        }
        outlookText.textContent = text;
        outlookBox.dataset.total = String(o.total.mean);
        outlookBox.dataset.fiscalYear = o.fiscal_year;
      }).catch(function (error) { outlookBox.dataset.error = String(error); });
  }

  // IT against the other export categories (PBS), with crossovers and their assumptions.
  var rankingBox = document.getElementById("ranking");
  if (rankingBox) {
    fetch("/api/ranking").then(function (r) { return r.json(); }).then(function (data) {
      var list = document.getElementById("ranking-list");
      var byId = {};
      data.crossovers.forEach(function (c) { byId[c.series] = c; });
      data.categories.forEach(function (c) {
        var li = document.createElement("li");
        var text = c.name + ": " + usdMillion(c.value) + " in " + data.fiscal_year;
        if (byId[c.series]) {
          text += " (IT " + byId[c.series].explanation + ")";
        }
        li.textContent = text;
        if (c.subject) {
          li.style.fontWeight = "bold";
        }
        list.appendChild(li);
      });
      document.getElementById("ranking-note").textContent = "Assumptions: " + data.assumptions.join("; ") + ".";
      rankingBox.dataset.rows = String(data.categories.length);
    }).catch(function (error) { rankingBox.dataset.error = String(error); });
  }
})();
