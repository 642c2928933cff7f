// Draws the series chart from the JSON API and redraws it when the transform changes.
(function () {
  "use strict";
  var box = document.getElementById("chart");
  var picker = document.getElementById("transform");
  if (!box || !picker || typeof echarts === "undefined") {
    return;
  }
  var chart = echarts.init(box, null, { renderer: "canvas" });
  window.addEventListener("resize", function () { chart.resize(); });

  function draw(transform) {
    var url = "/api/series/" + encodeURIComponent(box.dataset.series) + "/observations?transform=" +
      encodeURIComponent(transform);
    if (box.dataset.asOf) {
      url += "&as_of=" + encodeURIComponent(box.dataset.asOf);
    }
    fetch(url).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (data) {
      var periods = data.observations.map(function (o) { return o.period; });
      var values = data.observations.map(function (o) { return o.value; });
      chart.setOption({
        title: { text: data.series + " (" + data.transform + ", " + data.unit + ")", left: "center",
          textStyle: { fontSize: 13 } },
        animation: false,
        tooltip: { trigger: "axis" },
        xAxis: { type: "category", data: periods },
        yAxis: { type: "value", scale: true },
        dataZoom: [{ type: "slider", start: 60, end: 100 }, { type: "inside" }],
        series: [{ type: "line", name: data.transform, data: values, connectNulls: false, showSymbol: false }]
      }, true);
      box.dataset.transform = data.transform;
      box.dataset.points = String(values.filter(function (v) { return v !== null; }).length);
    }).catch(function (error) {
      box.dataset.error = String(error);
    });
  }

  picker.addEventListener("change", function () { draw(picker.value); });
  draw(picker.value);
})();
