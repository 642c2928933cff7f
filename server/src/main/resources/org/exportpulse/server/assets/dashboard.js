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
  function drawMain(transform) {
    observations(transform).then(function (data) {
      var values = data.observations.map(function (o) { return o.value; });
      main.setOption({
        animation: false,
        title: { text: data.series + " (" + data.transform + ", " + data.unit + ")", left: "center",
          textStyle: { fontSize: 13 } },
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: data.observations.map(function (o) { return o.period; }) },
        yAxis: { type: "value", scale: true },
        dataZoom: [{ type: "slider", start: 60, end: 100 }, { type: "inside" }],
        series: [{ type: "line", name: data.transform, data: values, connectNulls: false, showSymbol: false }]
      }, true);
      box.dataset.transform = data.transform;
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
})();
