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
