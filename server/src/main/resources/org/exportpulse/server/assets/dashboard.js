// Draws the dashboard's charts from the JSON API: the series with a transform picker, fiscal year to
// date by fiscal year, and shares of the listed single-series denominators.
(function () {
  "use strict";
  if (typeof echarts === "undefined") {
    return;
  }
  // A series published once a year: its whole history, in US$ billion when in US$.
  var yearlyBox = document.getElementById("chart-yearly");
  if (yearlyBox) {
    fetch("/api/series/" + encodeURIComponent(yearlyBox.dataset.series) + "/observations")
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        var usd = yearlyBox.dataset.unit === "USD";
        var chart = echarts.init(yearlyBox, null, { renderer: "canvas" });
        window.addEventListener("resize", function () { chart.resize(); });
        chart.setOption({
          animation: false,
          title: { text: yearlyBox.dataset.title, subtext: "Level, every year the data holds", left: "center",
            textStyle: { fontSize: 14 }, subtextStyle: { fontSize: 12 } },
          tooltip: { trigger: "axis" },
          grid: { containLabel: true, left: 16, right: 24, top: 64, bottom: 24 },
          xAxis: { type: "category", data: data.observations.map(function (o) { return o.period; }) },
          yAxis: { type: "value", min: 0, name: usd ? "US$ billion" : yearlyBox.dataset.unit, nameTextStyle: { align: "left" } },
          series: [{ type: "line", name: "Level", showSymbol: true, symbolSize: 4, lineStyle: { color: "#0b3d2e" },
            itemStyle: { color: "#0b3d2e" },
            data: data.observations.map(function (o) { return usd ? o.value / 1e9 : o.value; }) }]
        });
        yearlyBox.dataset.points = String(data.observations.length);
      }).catch(function (error) { yearlyBox.dataset.error = String(error); });
  }
  var box = document.getElementById("chart");
  var picker = document.getElementById("transform");
  if (!box || !picker) {
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
  var permalink = document.getElementById("permalink");
  var query = new URLSearchParams(window.location.search);
  query.set("series", series);
  // The page's state lives in its URL: every change is written back, and the permalink is the URL.
  function remember(name, value) {
    if (value) { query.set(name, value); } else { query.delete(name); }
    window.history.replaceState(null, "", "?" + query.toString());
    if (permalink) { permalink.href = window.location.href; }
    // the embeddable chart files carry the same state
    var state = new URLSearchParams();
    ["transform", "from", "to", "as_of"].forEach(function (k) { if (query.get(k)) { state.set(k, query.get(k)); } });
    ["svg", "png"].forEach(function (format) {
      var link = document.getElementById("chart-" + format);
      if (link) {
        link.href = "/chart/" + encodeURIComponent(series) + "." + format + (state.toString() ? "?" + state.toString() : "");
      }
    });
  }
  remember("transform", picker.value === "lin" ? "" : picker.value);

  function raw() {
    var url = "/api/series/" + encodeURIComponent(series) + "/observations";
    if (asOf) { url += "?as_of=" + encodeURIComponent(asOf); }
    return fetch(url).then(function (r) { return r.ok ? r.json() : { observations: [] }; });
  }
  function axisName(transform) {
    var option = picker.querySelector("option[value='" + transform + "']");
    return option ? option.dataset.axis : "";
  }
  function transformName(transform) {
    var option = picker.querySelector("option[value='" + transform + "']");
    return option ? option.textContent : transform;
  }
  // A value with the mark of its month: derived (hollow), revised (diamond), or alone between gaps (dot).
  function marked(observations, status) {
    var counts = { derived: 0, revised: 0, lone: 0 };
    var items = observations.map(function (o, i) {
      var item = { value: o.value, symbol: "none" };
      if (o.value === null) { return item; }
      var before = i > 0 ? observations[i - 1].value : null;
      var after = i < observations.length - 1 ? observations[i + 1].value : null;
      var s = status[o.period];
      if (s === "derived") {
        item.symbol = "emptyCircle"; item.symbolSize = 7; counts.derived++;
      } else if (s === "revised") {
        item.symbol = "diamond"; item.symbolSize = 8; counts.revised++;
      } else if (before === null && after === null) {
        item.symbol = "circle"; item.symbolSize = 5;
      }
      if (before === null && after === null) { counts.lone++; }
      return item;
    });
    return { items: items, counts: counts };
  }
  function zoom(periods) {
    var from = box.dataset.from;
    var to = box.dataset.to;
    var z = { type: "slider", xAxisIndex: "all", bottom: 6, height: 18, labelFormatter: function (i) { return periods[i]; } };
    z.startValue = from && periods.indexOf(from) >= 0 ? periods.indexOf(from) : 0;
    z.endValue = to && periods.indexOf(to) >= 0 ? periods.indexOf(to) : periods.length - 1;
    return [z, { type: "inside", xAxisIndex: "all", startValue: z.startValue, endValue: z.endValue }];
  }
  function formatted(value, unit) {
    if (value === null || value === undefined) { return "no value"; }
    return unit === "percent" ? value.toFixed(1) + "%" : Number(value.toPrecision(4)).toLocaleString("en") + " " + unit;
  }
  function drawMain(transform) {
    var wanted = [observations(transform), raw()];
    if (transform === "lin") { wanted.push(observations("pc1")); }
    Promise.all(wanted).then(function (all) {
      var data = all[0];
      var status = {};
      all[1].observations.forEach(function (o) { status[o.period] = o.status; });
      var periods = data.observations.map(function (o) { return o.period; });
      // derived and revised are marks of the month's own value: drawn on levels only
      var level = marked(data.observations, transform === "lin" ? status : {});
      var top = { type: "line", name: transformName(transform), data: level.items, connectNulls: false,
        showAllSymbol: true, symbol: "none", lineStyle: { color: "#0b3d2e", width: 2 }, itemStyle: { color: "#0b3d2e" } };
      var option = {
        animation: false,
        title: { text: box.dataset.title, subtext: transformName(transform), left: "center",
          textStyle: { fontSize: 14 }, subtextStyle: { fontSize: 12 } },
        tooltip: { trigger: "axis", valueFormatter: function (v) { return formatted(v, data.unit); } },
        axisPointer: { link: [{ xAxisIndex: "all" }] },
        dataZoom: zoom(periods),
        series: [top]
      };
      if (all.length > 2) {
        var yoy = all[2].observations.map(function (o) {
          return { value: o.value, itemStyle: { color: o.value !== null && o.value < 0 ? "#b3261e" : "#5b8c5a" } };
        });
        option.grid = [{ left: 64, right: 24, top: 64, height: "44%" }, { left: 64, right: 24, top: "66%", bottom: 56 }];
        option.xAxis = [{ type: "category", data: periods, gridIndex: 0, axisLabel: { show: false } },
          { type: "category", data: periods, gridIndex: 1 }];
        option.yAxis = [{ type: "value", scale: true, gridIndex: 0, name: axisName("lin"), nameTextStyle: { align: "left" } },
          { type: "value", gridIndex: 1, name: axisName("pc1"), nameTextStyle: { align: "left" } }];
        option.series.push({ type: "bar", name: transformName("pc1"), xAxisIndex: 1, yAxisIndex: 1, data: yoy,
          tooltip: { valueFormatter: function (v) { return formatted(v, "percent"); } } });
        option.legend = { show: false };
      } else {
        option.grid = [{ left: 64, right: 24, top: 64, bottom: 56 }];
        option.xAxis = [{ type: "category", data: periods }];
        option.yAxis = [{ type: "value", scale: true, name: axisName(transform), nameTextStyle: { align: "left" } }];
      }
      main.setOption(option, true);
      box.dataset.transform = data.transform;
      box.dataset.panels = String(option.grid.length);
      box.dataset.lines = String(option.series.length);
      box.dataset.points = String(data.observations.filter(function (o) { return o.value !== null; }).length);
      box.dataset.derived = String(level.counts.derived);
      box.dataset.revised = String(level.counts.revised);
      box.dataset.lone = String(level.counts.lone);
      box.dataset.periods = String(periods.length);
      box.setAttribute("aria-label", box.dataset.title + ": " + transformName(transform) + ", " + periods[0] + " to "
        + periods[periods.length - 1] + "; the values are in the table below");
    }).catch(function (error) { box.dataset.error = String(error); });
  }
  main.on("datazoom", function () {
    var z = main.getOption().dataZoom[0];
    var periods = main.getOption().xAxis[0].data;
    var full = z.startValue <= 0 && z.endValue >= periods.length - 1;
    box.dataset.from = full ? "" : periods[z.startValue];
    box.dataset.to = full ? "" : periods[z.endValue];
    remember("from", box.dataset.from);
    remember("to", box.dataset.to);
  });
  picker.addEventListener("change", function () {
    remember("transform", picker.value === "lin" ? "" : picker.value);
    drawMain(picker.value);
  });
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
        title: { text: "Fiscal year to date, by fiscal year", left: "center", textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis", valueFormatter: function (v) { return formatted(v, data.unit); } },
        legend: { bottom: 0 },
        grid: { containLabel: true, left: 8, right: 16, top: 48, bottom: 40 },
        xAxis: { type: "category", data: months },
        yAxis: { type: "value", name: data.unit.replace(/^USD/, "US$"), nameTextStyle: { align: "left" } },
        series: names.map(function (fy) {
          return { type: "line", name: "FY" + fy.slice(2), data: years[fy], connectNulls: false };
        })
      });
      fytdBox.dataset.years = String(names.length);
    }).catch(function (error) { fytdBox.dataset.error = String(error); });
  }

  // Share of total exports (goods and services), one line per basis the series lists.
  var shareBox = document.getElementById("chart-share");
  if (shareBox) {
    var totals = JSON.parse(shareBox.dataset.shares || "[]");
    Promise.all(totals.map(function (t) { return observations(t.transform); })).then(function (all) {
      var periods = {};
      all.forEach(function (data) { data.observations.forEach(function (o) { if (o.value !== null) { periods[o.period] = true; } }); });
      var axis = Object.keys(periods).sort();
      chartIn(shareBox).setOption({
        animation: false,
        title: { text: totals.length ? "Share of total exports (goods and services)" : "No total-exports denominator listed",
          left: "center", textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis", valueFormatter: function (v) { return formatted(v, "percent"); } },
        legend: { bottom: 0 },
        grid: { left: 48, right: 16, top: 48, bottom: 56 },
        xAxis: { type: "category", data: axis },
        yAxis: { type: "value", min: 0, name: "% of total exports", nameTextStyle: { align: "left" } },
        series: all.map(function (data, i) {
          var byPeriod = {};
          data.observations.forEach(function (o) { byPeriod[o.period] = o.value; });
          var values = axis.map(function (p) { return byPeriod[p] === undefined ? null : byPeriod[p]; });
          return { type: "line", name: totals[i].label, connectNulls: false, showAllSymbol: true,
            data: values.map(function (v, j) {
              var alone = v !== null && (j === 0 || values[j - 1] === null) && (j === values.length - 1 || values[j + 1] === null);
              return { value: v, symbol: alone ? "circle" : "none", symbolSize: 5 };
            }) };
        })
      });
      shareBox.dataset.points = String(axis.length);
      shareBox.dataset.lines = String(all.length);
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
          title: { text: "ICT service exports, " + data.year, subtext: "US$ billion; world rank in brackets", left: "center",
            textStyle: { fontSize: 13 } },
          tooltip: { trigger: "axis", valueFormatter: function (v) { return "US$ " + v.toFixed(2) + " billion"; } },
          grid: { containLabel: true, left: 8, right: 40, top: 56, bottom: 8 },
          xAxis: { type: "value", min: 0, name: "US$ bn" },
          yAxis: { type: "category", axisLabel: { interval: 0 }, data: rows.map(function (r) { return r.name + " (#" + r.world_rank + ")"; }) },
          series: [{ type: "bar", label: { show: true, position: "right", formatter: function (p) { return p.value.toFixed(1); } },
            data: rows.map(function (r) {
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
  function monthName(period) {
    return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"][Number(period.slice(5, 7)) - 1] + " " + period.slice(0, 4);
  }
  function usdMillion(v) {
    return v >= 1000 ? "$" + (v / 1000).toFixed(2) + " billion" : "$" + Math.round(v) + " million";
  }
  if (outlookBox && outlookBox.dataset.unavailable) {
    // the server has said why (too few consecutive months)
  } else if (outlookBox && asOf) {
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
        var end = new Date(Number(o.span.last.slice(0, 4)), Number(o.span.last.slice(5, 7)), 1);
        var ended = new Date() >= end;
        var text = ended
          ? o.fiscal_year + " ended in " + monthName(o.span.last) + ", but only " + o.actual.length + " of its 12 months are"
            + " published so far (" + usdMillion(o.actual_total) + "). "
          : o.fiscal_year + ": " + o.actual.length + " months reported, " + usdMillion(o.actual_total) + ". ";
        if (o.paths > 0) {
          text += (ended ? "Estimating the unpublished months, the year totals about " : "At this pace the year ends at about ")
            + usdMillion(o.total.mean) + " (80% interval "
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
