// tieline's API documentation, drawn from /openapi.json by this script alone: FastAPI's
// Swagger UI loads from a CDN, which the page's policy blocks and many users cannot reach.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function typeOf(schema) {
  if (!schema) return "";
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.type === "array") return `list of ${typeOf(schema.items)}`;
  return schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
}

function parameters(op) {
  const rows = (op.parameters || []).map((p) => el("tr", {},
    el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, typeOf(p.schema)),
    el("td", {}, p.required ? "required" : (p.schema && p.schema.default !== undefined
      ? `default ${JSON.stringify(p.schema.default)}` : "")),
    el("td", {}, p.description || (p.schema && p.schema.description) || "")));
  if (!rows.length) return el("p", { class: "method" }, "No parameters.");
  return el("table", {}, el("thead", {}, el("tr", {}, ["name", "in", "type", "", "what"]
    .map((h) => el("th", {}, h)))), el("tbody", {}, rows));
}

function endpoint(path, method, op) {
  const id = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");
  const tryIt = method === "get" && !path.includes("{")
    ? el("a", { href: path }, "try it") : null;
  return el("section", { class: "endpoint", id },
    el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`), " ", tryIt),
    el("p", {}, op.summary || ""), op.description ? el("p", { class: "method" }, op.description) : null,
    parameters(op));
}

async function start() {
  const status = document.getElementById("status");
  try {
    const res = await fetch("/openapi.json");
    if (!res.ok) throw new Error(`/openapi.json answered ${res.status}`);
    const spec = await res.json();
    document.getElementById("api-intro").textContent =
      `${spec.info.title} ${spec.info.version}: ${spec.info.description || ""} ` +
      "Errors come back as JSON {detail: reason} with a 4xx status.";
    const list = document.getElementById("endpoints");
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) list.append(endpoint(path, method, op));
    }
    status.textContent = "";
  } catch (e) {
    status.textContent = `The API description could not be read: ${e.message}`;
    status.classList.add("error");
  }
}

document.addEventListener("DOMContentLoaded", start);
