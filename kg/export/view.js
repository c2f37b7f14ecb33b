// The network view's behaviour: overview, focus mode, locality tree, search, evidence panel.
// Inlined into graph.html by kg/export/html.py after vis-network and the kg-data JSON.
//
// Three ways of drawing, each a small part of the graph: the overview (the most important
// officials, bodies and localities, laid out by networkx in Python), a place (a locality, its
// units and the most important people and bodies in it) and a focus (one node and its
// neighbours, in rings). Every node is in the page, so search reaches what is not drawn.
//
// The page inlines view.js then view_panel.js inside one function (see view_template.html):
// this file holds the data, the drawing, the three views, breadcrumbs, zoom and the legend.
  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  // The page's language, Vietnamese or English: ?lang= in the address, else the reader's last
  // choice (remembered in localStorage), else the browser's languages (what it sends as
  // Accept-Language), else Vietnamese. The page is written in Vietnamese; DATA.en gives each of
  // its words (chrome, legends, relations, row names) in English. Names from the data stay.
  const LANGS = ["vi", "en"];
  function stored() { try { return window.localStorage.getItem("kg-lang"); } catch (e) { return null; } }
  function remember(lang) { try { window.localStorage.setItem("kg-lang", lang); } catch (e) { /* private mode */ } }
  function pickLang() {
    const asked = new URLSearchParams(window.location.search).get("lang");
    if (LANGS.includes(asked)) { remember(asked); return asked; }
    if (LANGS.includes(stored())) { return stored(); }
    const browser = (navigator.languages || [navigator.language || ""]).map(function (l) {
      return String(l).toLowerCase().split("-")[0];
    }).find(function (l) { return LANGS.includes(l); });
    return browser || "vi";
  }
  const LANG = pickLang();
  function tr(text) {
    return LANG === "en" && Object.prototype.hasOwnProperty.call(DATA.en, text) ? DATA.en[text] : text;
  }
  document.documentElement.lang = LANG;
  document.title = tr(document.title);
  document.querySelectorAll("h1, h3, button").forEach(function (e) {
    if (e.children.length === 0) { e.textContent = tr(e.textContent); }
  });
  document.querySelectorAll("[title], [aria-label], [placeholder]").forEach(function (e) {
    ["title", "aria-label", "placeholder"].forEach(function (a) {
      if (e.hasAttribute(a)) { e.setAttribute(a, tr(e.getAttribute(a))); }
    });
  });
  document.querySelectorAll("#lang button").forEach(function (b) {
    b.setAttribute("aria-pressed", String(b.dataset.lang === LANG));
    b.addEventListener("click", function () {
      remember(b.dataset.lang);
      const params = new URLSearchParams(window.location.search);
      params.set("lang", b.dataset.lang);
      window.location.search = params.toString();
    });
  });
  const NODES = DATA.nodes;           // ids are indexes
  const EDGES = DATA.edges;           // ids are indexes
  const TYPES = {};
  DATA.types.forEach(function (t) { TYPES[t.key] = t; });
  const RELATIONS = new Set(DATA.relations);
  const ADJ = NODES.map(function () { return []; });   // node -> edge ids
  EDGES.forEach(function (e, i) { ADJ[e.from].push(i); if (e.to !== e.from) { ADJ[e.to].push(i); } });
  const TOTAL = NODES.length;
  const LIMIT = DATA.maxNodes > 0 ? DATA.maxNodes : Infinity;
  const FOCUS_LIMIT = 150;            // neighbours drawn around a focused node
  const OVERVIEW_KINDS = new Set(["official", "organization", "locality"]);
  const COUNT_WORDS = { task: "nhiệm vụ", article: "bài", meeting: "cuộc họp" };
  const LEGIBLE_PX = 14;              // on-screen label size of the important nodes
  const BASE_FONT = 14;
  const LABEL_BUDGET = 60;            // at most this many labels get the legible size at once
  const EDGE_COLOUR = { color: "#a0a8b0", highlight: "#333333", hover: "#555555" };

  // the search fold of kg/lexicon/search.py (search_fold), step for step, with its table
  // (DATA.fold): the node keys were folded by it in Python, what is typed is folded here
  const FOLD = new Map(Object.entries(DATA.fold));
  function fold(text) {
    let mapped = "";
    for (const c of text.normalize("NFC").toLowerCase()) {
      const to = FOLD.get(c);
      mapped += to === undefined ? c : to;
    }
    return mapped.replace(/[ \t\n\r-]+/g, " ").replace(/^ | $/g, "").normalize("NFC");
  }
  // vis-network's "html" labels know only <b>, <i>, <code> and do not decode entities (9.1.2
  // passes the wrong arguments to its own &lt; / &amp; check): a zero-width space after "<"
  // keeps a name such as "<i>" from becoming markup, and "&" is left as it is
  function esc(text) { return text.replace(/</g, "<\u200b"); }
  function other(edge, id) { return edge.from === id ? edge.to : edge.from; }
  function byImportance(a, b) { return NODES[b].imp - NODES[a].imp || a - b; }

  // locality tree: parent units from the "trực thuộc" edges between localities (the side panel
  // adds the units of before the 2025 reform under the 2025 units they were merged into)
  const PARENT = {};
  const CHILDREN = {};
  function treeEdge(e, label) {
    return e.label === label && NODES[e.from].kind === "locality" && NODES[e.to].kind === "locality";
  }
  function link(e) {
    (PARENT[e.from] = PARENT[e.from] || []).push(e.to);
    (CHILDREN[e.to] = CHILDREN[e.to] || []).push(e.from);
  }
  EDGES.forEach(function (e) { if (treeEdge(e, "trực thuộc")) { link(e); } });

  // ---- which kinds are drawn (the legend's check boxes) ----
  const typeOn = {};
  DATA.types.forEach(function (t) { typeOn[t.key] = !["task", "article", "post"].includes(t.key); });

  // ---- vis-network ----
  const nodeSet = new vis.DataSet([]);
  const edgeSet = new vis.DataSet([]);
  const options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    nodes: {
      font: { size: BASE_FONT, face: "system-ui, Segoe UI, Roboto, Noto Sans, Arial, sans-serif",
              strokeWidth: 3, strokeColor: "#ffffff", multi: "html",
              ital: { size: 11, color: "#666666" } },
      borderWidth: 1,
      scaling: { min: 8, max: 34, label: { enabled: false, drawThreshold: 12, maxVisible: 26 } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: EDGE_COLOUR,
      font: { size: 11, color: "#444444", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
      smooth: false,
      width: 1,
      scaling: { label: { drawThreshold: 9, maxVisible: 16 } }
    },
    physics: {
      enabled: false,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, springLength: 130, springConstant: 0.06,
                          avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 300, updateInterval: 50, fit: true }
    },
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: true, hideEdgesOnZoom: true,
                   navigationButtons: false, keyboard: false }
  };
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, options);

  let idleCallbacks = [];
  function setBusy() { document.body.dataset.state = "busy"; }
  function setIdle() {
    document.body.dataset.state = "idle";
    const callbacks = idleCallbacks;
    idleCallbacks = [];
    callbacks.forEach(function (fn) { fn(); });
  }
  function whenIdle(fn) {
    if (document.body.dataset.state === "idle") { fn(); } else { idleCallbacks.push(fn); }
  }

  // ---- drawing one view: nodes, the edges among them, positions or physics ----
  function countsLine(n) {
    const parts = [];
    Object.keys(COUNT_WORDS).forEach(function (k) {
      if (!typeOn[k] && n.cnt[k]) { parts.push(n.cnt[k] + " " + tr(COUNT_WORDS[k])); }
    });
    return parts.join(" · ");
  }
  function fontFor(n, size) {
    return Object.assign({}, TYPES[n.kind].font, { size: size, ital: { size: Math.round(size * 0.8) } });
  }
  function nodeItem(id, pos) {
    const n = NODES[id];
    const t = TYPES[n.kind];
    const counts = countsLine(n);
    const item = {
      id: id, label: esc(n.label) + (counts ? "\n<i>" + esc(counts) + "</i>" : ""),
      shape: t.shape, color: t.colour, value: 1 + 100 * n.imp, font: fontFor(n, BASE_FONT),
      title: tr(t.legend) + ": " + n.full + (n.sub ? "\n" + n.sub : "") + (counts ? "\n(" + counts + ")" : "")
    };
    if (pos) { item.x = pos[0]; item.y = pos[1]; }
    return item;
  }
  let drawnIds = new Set();
  let pendingLayout = null;
  function draw(ids, positions, after) {
    setBusy();
    drawnIds = new Set(ids);
    const items = ids.map(function (id) { return nodeItem(id, positions ? positions[id] : null); });
    const edgeItems = [];
    ids.forEach(function (id) {
      ADJ[id].forEach(function (ei) {
        const e = EDGES[ei];
        if (e.from === id && drawnIds.has(e.to)) {
          edgeItems.push({ id: ei, from: e.from, to: e.to, label: e.label, title: e.label });
        }
      });
    });
    network.setOptions({ physics: { enabled: false } });
    nodeSet.clear();
    edgeSet.clear();
    nodeSet.add(items);
    edgeSet.add(edgeItems);
    updateStats();
    pendingLayout = after || null;
    if (positions || items.length <= 1) { finishLayout(); return; }
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(items.length > 300 ? 200 : 350);
  }
  function finishLayout() {
    network.setOptions({ physics: { enabled: false } });
    network.setSize();   // take the container's current size (the panel may have opened)
    network.fit({ animation: false });
    applyLabels();
    const after = pendingLayout;
    pendingLayout = null;
    if (after) { after(); }
    setIdle();
  }
  network.on("stabilizationIterationsDone", finishLayout);

  // Label priority: the most important drawn nodes (and the focused one) get a font that is
  // LEGIBLE_PX on screen at the current zoom; the rest keep the base size, which vis-network
  // does not draw while it is too small to read, and which grows as one zooms in.
  function applyLabels() {
    const scale = network.getScale();
    const ids = Array.from(drawnIds).sort(byImportance);
    const big = Math.max(BASE_FONT, LEGIBLE_PX / scale);
    const budget = LABEL_BUDGET;
    const taken = [];   // screen boxes of the labels already given the legible size
    let given = 0;
    const updates = ids.map(function (id) {
      let important = id === state.focus || given < budget;
      if (important && id !== state.focus) {
        const box = labelBox(id, LEGIBLE_PX);
        important = !taken.some(function (b) {
          return box.l < b.r && b.l < box.r && box.t < b.b && b.t < box.b;
        });
        if (important) { taken.push(box); }
      } else if (important) {
        taken.push(labelBox(id, LEGIBLE_PX));
      }
      if (important) { given += 1; }
      return { id: id, font: fontFor(NODES[id], important ? big : BASE_FONT) };
    });
    nodeSet.update(updates);
  }
  // where a node's label would sit on screen at ``px`` pixels (an estimate: no text metrics)
  function labelBox(id, px) {
    const p = network.canvasToDOM(network.getPosition(id));
    const lines = NODES[id].label.split("\n");
    const width = Math.max.apply(null, lines.map(function (l) { return l.length; })) * px * 0.55;
    const height = (lines.length + 1) * px * 1.2;
    return { l: p.x - width / 2, r: p.x + width / 2, t: p.y, b: p.y + height + 12 };
  }

  // ---- the three views ----
  const state = { mode: "overview", focus: null, place: null };
  let crumbs = [];
  let limitedBy = 0;

  function overviewIds() {
    const on = DATA.first.filter(function (id) { return typeOn[NODES[id].kind]; });
    return on.length ? on : DATA.first;   // a graph of articles or tasks only: show them
  }
  function showOverview() {
    state.mode = "overview"; state.focus = null; state.place = null;
    const ids = overviewIds();
    limitedBy = DATA.first.length < countKinds(OVERVIEW_KINDS) ? DATA.first.length : 0;
    const positions = DATA.laidOut ? {} : null;
    if (positions) { ids.forEach(function (id) { positions[id] = [NODES[id].x, NODES[id].y]; }); }
    draw(ids, positions);
    renderPeople(null);
    markPlace(null);
  }
  function countKinds(kinds) {
    let c = 0;
    NODES.forEach(function (n) { if (kinds.has(n.kind)) { c += 1; } });
    return c;
  }
  function showPlace(pid) {
    state.mode = "place"; state.focus = null; state.place = pid;
    const inside = NODES.filter(function (n) {
      return n.id !== pid && typeOn[n.kind] && OVERVIEW_KINDS.has(n.kind) && n.loc.includes(pid);
    }).map(function (n) { return n.id; }).sort(byImportance);
    limitedBy = inside.length > LIMIT ? LIMIT : 0;
    const ids = [pid].concat(inside.slice(0, LIMIT));
    draw(ids, null);
    renderPeople(pid);
    markPlace(pid);
  }
  // a node's neighbours of the kinds switched on, the most important first
  function neighbours(id) {
    const seen = new Set();
    ADJ[id].forEach(function (ei) {
      const o = other(EDGES[ei], id);
      if (o !== id && typeOn[NODES[o].kind]) { seen.add(o); }
    });
    return Array.from(seen).sort(byImportance);
  }
  function showFocus(id) {
    state.mode = "focus"; state.focus = id; state.place = null;
    const near = neighbours(id);
    limitedBy = near.length > FOCUS_LIMIT ? FOCUS_LIMIT : 0;
    const ring = near.slice(0, FOCUS_LIMIT);
    showDetails(id);   // first: the panel narrows the canvas, and the fit must see that
    draw([id].concat(ring), ringLayout(id, ring), function () {
      network.selectNodes([id]);
    });
  }
  // the focused node in the middle, its neighbours on rings by kind then importance
  function ringLayout(centre, ids) {
    const order = DATA.types.map(function (t) { return t.key; });
    const sorted = ids.slice().sort(function (a, b) {
      return order.indexOf(NODES[a].kind) - order.indexOf(NODES[b].kind) || byImportance(a, b);
    });
    const pos = {};
    pos[centre] = [0, 0];
    let i = 0;
    let ring = 0;
    while (i < sorted.length) {
      const radius = 230 + 190 * ring;
      const capacity = Math.max(6, Math.floor(2 * Math.PI * radius / 95));
      const count = Math.min(capacity, sorted.length - i);
      for (let k = 0; k < count; k += 1) {
        const angle = -Math.PI / 2 + 2 * Math.PI * k / count + ring * 0.35;
        pos[sorted[i + k]] = [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
      }
      i += count;
      ring += 1;
    }
    return pos;
  }
  function redraw() {
    if (state.mode === "focus") { showFocus(state.focus); }
    else if (state.mode === "place") { showPlace(state.place); }
    else { showOverview(); }
  }

  // ---- breadcrumbs: the overview, then each place or node visited ----
  const crumbBox = document.getElementById("crumbs");
  function go(mode, id) {
    const key = mode + ":" + id;
    const at = crumbs.findIndex(function (c) { return c.key === key; });
    if (at >= 0) { crumbs = crumbs.slice(0, at + 1); }
    else { crumbs.push({ key: key, mode: mode, id: id }); }
    if (mode === "focus") { showFocus(id); } else if (mode === "place") { showPlace(id); }
    else { crumbs = []; showOverview(); }
    renderCrumbs();
  }
  function renderCrumbs() {
    crumbBox.textContent = "";
    const home = el(crumbs.length ? "a" : "span", tr("Toàn cảnh"), crumbs.length ? null : "here");
    if (crumbs.length) { home.addEventListener("click", function () { go("overview", null); hidePanel(); }); }
    crumbBox.append(home);
    crumbs.forEach(function (c, i) {
      crumbBox.append(el("span", "›", "sep"));
      const last = i === crumbs.length - 1;
      const a = el(last ? "span" : "a", (c.mode === "place" ? tr("Địa bàn: ") : "") + NODES[c.id].full,
                   last ? "here" : null);
      if (!last) { a.addEventListener("click", function () { go(c.mode, c.id); }); }
      crumbBox.append(a);
    });
  }

  // ---- selecting: a click, a search result, a link in the panel or the side lists ----
  const search = document.getElementById("search");
  function selectNode(id) {
    search.value = NODES[id].full;
    go("focus", id);
  }
  network.on("click", function (params) {
    if (params.nodes.length) { selectNode(params.nodes[0]); }
  });

  // ---- zoom buttons ----
  function zoomBy(factor) {
    network.moveTo({ scale: network.getScale() * factor, animation: false });
  }
  document.getElementById("zoom-in").addEventListener("click", function () { zoomBy(1.3); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomBy(1 / 1.3); });
  document.getElementById("zoom-fit").addEventListener("click", function () {
    network.fit({ animation: false });
  });

  // ---- helpers for the DOM ----
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function nodeLink(id) {
    const a = el("a", NODES[id].full, "node-link");
    a.dataset.node = String(id);
    a.title = tr(TYPES[NODES[id].kind].legend) + (NODES[id].sub ? ": " + NODES[id].sub : "");
    a.addEventListener("click", function () { selectNode(id); });
    return a;
  }

  // ---- legend (doubles as the switch for each kind), stats, notice ----
  const counts = {};
  NODES.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  const legendBoxes = {};
  const legend = document.getElementById("legend");
  DATA.types.forEach(function (t) {
    if (!counts[t.key]) { return; }
    const label = document.createElement("label");
    label.title = tr("Hiện / ẩn: ") + tr(t.legend);
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = typeOn[t.key];
    box.dataset.kind = t.key;
    box.addEventListener("change", function () { typeOn[t.key] = box.checked; redraw(); });
    legendBoxes[t.key] = box;
    const sw = el("span", null, "swatch");
    sw.style.background = t.colour;
    if (t.shape === "square") { sw.style.borderRadius = "2px"; }
    if (t.shape === "diamond") { sw.style.transform = "rotate(45deg)"; sw.style.borderRadius = "1px"; }
    label.append(box, sw, document.createTextNode(tr(t.legend)), el("span", " (" + counts[t.key] + ")", "count"));
    legend.appendChild(label);
  });
  function switchOn(kind) {
    typeOn[kind] = true;
    if (legendBoxes[kind]) { legendBoxes[kind].checked = true; }
  }
  function updateStats() {
    document.getElementById("stats").textContent =
      tr("Đang vẽ ") + nodeSet.length + "/" + TOTAL + tr(" nút, ") + edgeSet.length + "/" + EDGES.length + tr(" cạnh");
    const notice = document.getElementById("notice");
    notice.hidden = !limitedBy;
    if (state.mode === "overview" && limitedBy) {
      notice.textContent = tr("Đồ thị lớn (") + TOTAL + tr(" nút): màn hình đầu vẽ ") + limitedBy +
        tr(" cán bộ, cơ quan, địa bàn quan trọng nhất (nhiều liên kết nhất; ngưỡng --max-nodes). ") +
        tr("Mọi nút vẫn tìm được; chọn một nút để xem các nút kề, hoặc chọn một địa bàn bên trái.");
    } else if (limitedBy) {
      notice.textContent = tr("Chỉ vẽ ") + limitedBy + tr(" nút quan trọng nhất ở đây; tìm kiếm để đến các nút khác.");
    }
  }
