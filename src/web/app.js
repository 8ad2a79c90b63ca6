/*
 * app.js - small progressive enhancements; every page works without it.
 *
 * A form with a data-confirm attribute (deactivating an employee) asks
 * for confirmation with the attribute's text before it is sent.
 */
"use strict";

document.addEventListener("submit", function (event) {
	var form = event.target;
	var question = form && form.getAttribute && form.getAttribute("data-confirm");
	if (question && !window.confirm(question))
		event.preventDefault();
});

/*
 * The dashboards (/dasbor): every <table class="chart-data"> gets a chart
 * drawn with Chart.js (loaded by those pages only) in the empty
 * .dash-chart-box just before it, from the table's own cells, so the
 * chart and the table always show the same figures:
 *   data-chart           bar, line or radar
 *   th[data-series]      the header cells of the columns charted
 *   td[data-value]       the figure of a cell ("" for none)
 *   data-series-in=rows  each body row is one line/bar set (default: each
 *                        charted column is one, labelled by the rows)
 *   tr[data-chart-skip]  a row left out of the chart
 *   data-chart-scale=predikat  values 1-5 named by the predicates
 */
function dashSeries(table) {
	var head = Array.prototype.slice.call(table.querySelectorAll("thead th"));
	var cols = [];
	head.forEach(function (th, i) { if (th.hasAttribute("data-series")) cols.push(i); });
	var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr")).filter(
		function (tr) { return !tr.hasAttribute("data-chart-skip"); });
	var value = function (tr, i) {
		var cell = tr.children[i], v = cell && cell.getAttribute("data-value");
		return v === null || v === undefined || v === "" ? null : parseFloat(v);
	};
	var label = function (el) { return (el.firstChild && el.firstChild.nodeType === 3 ?
		el.firstChild.nodeValue : el.textContent).trim(); };
	if (table.getAttribute("data-series-in") === "rows")
		return { labels: cols.map(function (i) { return label(head[i]); }),
			sets: rows.map(function (tr) { return { label: label(tr.children[0]),
				data: cols.map(function (i) { return value(tr, i); }) }; }) };
	return { labels: rows.map(function (tr) { return label(tr.children[0]); }),
		sets: cols.map(function (i) { return { label: label(head[i]),
			data: rows.map(function (tr) { return value(tr, i); }) }; }) };
}

function dashChart(table) {
	var box = table.parentNode.previousElementSibling;
	if (!box || !box.classList.contains("dash-chart-box") || !window.Chart)
		return;
	var type = table.getAttribute("data-chart") || "bar", s = dashSeries(table);
	var names = ["Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"];
	var palette = ["#0d6efd", "#198754", "#fd7e14", "#6f42c1", "#dc3545", "#20c997", "#6c757d"];
	s.sets.forEach(function (d, i) {
		d.backgroundColor = type === "radar" ? palette[i % 7] + "33" : palette[i % 7];
		d.borderColor = palette[i % 7];
		d.spanGaps = true;
	});
	var canvas = document.createElement("canvas");
	var caption = table.querySelector("caption");
	canvas.setAttribute("role", "img");
	canvas.setAttribute("aria-label", (caption ? caption.textContent : "Grafik") +
		" (angka lengkap ada di tabel di bawahnya)");
	box.appendChild(canvas);
	box.classList.add("dash-chart-drawn");
	var opts = { responsive: true, maintainAspectRatio: false, animation: false,
		plugins: { legend: { display: s.sets.length > 1 || type === "radar" } } };
	if (table.getAttribute("data-chart-scale") === "predikat")
		opts.scales = { y: { min: 1, max: 5, ticks: { stepSize: 1,
			callback: function (v) { return names[v - 1] || ""; } } } };
	else if (type !== "radar")
		opts.scales = { y: { beginAtZero: true } };
	box.chart = new window.Chart(canvas, { type: type,
		data: { labels: s.labels, datasets: s.sets }, options: opts });
}

document.addEventListener("DOMContentLoaded", function () {
	Array.prototype.forEach.call(document.querySelectorAll("table.chart-data"), dashChart);
});
