// The dashboard page: reads /ledger/dashboard/... with the token kept in this tab's sessionStorage, and refreshes
// itself (polling; the interval is ?refresh=<seconds>, default 5).
(function () {
  'use strict';
  const TOKEN_KEY = 'ledger.dashboard.token';
  const API = '/ledger/dashboard';
  const params = new URLSearchParams(location.search);
  const every = Math.max(1, Number(params.get('refresh')) || 5) * 1000;
  const $ = id => document.getElementById(id);
  const charts = new Map();
  let previous = null;
  let timer = null;

  function token() { return sessionStorage.getItem(TOKEN_KEY) || ''; }

  async function api(path) {
    const reply = await fetch(API + path, { headers: { 'X-Auth-Token': token(), 'Accept': 'application/json',
      'OpenStack-API-Version': 'placement latest' } });
    if (!reply.ok) {
      let detail = '';
      try { detail = (await reply.json()).errors[0].detail; } catch (e) { /* no JSON body */ }
      const error = new Error(detail || reply.statusText);
      error.status = reply.status;
      throw error;
    }
    return reply.json();
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== undefined && v !== null) node.setAttribute(k, v); });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }

  function meter(used, capacity) {
    const fill = capacity > 0 ? Math.min(100, 100 * used / capacity) : (used > 0 ? 100 : 0);
    const level = fill >= 90 ? 'meter full' : fill >= 70 ? 'meter warn' : 'meter';
    return el('div', { class: level, title: Units.percent(used, capacity) }, el('span', { style: 'width:' + fill + '%' }));
  }

  function rows(table, items, render, empty) {
    const body = $(table).querySelector('tbody');
    body.replaceChildren(...(items.length ? items.map(render)
      : [el('tr', {}, el('td', { class: 'empty', colspan: 6 }, empty))]));
  }

  function overview(classes) {
    const cards = classes.map(c => el('div', { class: 'card', 'data-class': c.resource_class },
      el('h3', {}, c.resource_class),
      el('div', { class: 'big' }, el('span', { class: 'used', 'data-value': c.used }, Units.amount(c.resource_class, c.used)),
        el('span', { class: 'muted' }, ' of '),
        el('span', { class: 'capacity', 'data-value': c.capacity }, Units.amount(c.resource_class, c.capacity))),
      meter(c.used, c.capacity),
      el('div', { class: 'sub' }, Units.percent(c.used, c.capacity) + ' used · ',
        el('span', { class: 'free', 'data-value': c.free }, Units.amount(c.resource_class, c.free)), ' free · ',
        Units.number(c.providers) + (c.providers === 1 ? ' provider' : ' providers'))));
    $('overview').replaceChildren(...(cards.length ? cards : [el('p', { class: 'empty' },
      'No inventory yet: create resource providers and give them inventories through the Placement API ',
      '(for example ', el('code', {}, 'openstack resource provider create'), ' and ',
      el('code', {}, 'openstack resource provider inventory set'), '); they show up here within seconds.')]));
  }

  function aggregates(page) {
    const items = page.aggregates.flatMap(a => a.classes.map(c => ({ uuid: a.uuid, ...c })));
    rows('aggregates', items, a => el('tr', { 'data-aggregate': a.uuid, 'data-class': a.resource_class },
      el('td', { title: a.uuid }, a.uuid.slice(0, 8) + '…'), el('td', {}, a.resource_class),
      el('td', { class: 'num used' }, Units.amount(a.resource_class, a.used)),
      el('td', { class: 'num capacity' }, Units.amount(a.resource_class, a.capacity)),
      el('td', { class: 'num' }, Units.amount(a.resource_class, a.free)), el('td', {}, meter(a.used, a.capacity))),
      'No aggregates yet: put providers into host aggregates (openstack resource provider aggregate set) to compare cells and zones.');
  }

  function projects(page) {
    rows('projects', page.projects, p => el('tr', {}, el('td', {}, p.id), el('td', {}, p.resource_class),
      el('td', { class: 'num' }, Units.amount(p.resource_class, p.used)), el('td', { class: 'num' }, Units.number(p.consumers))),
      'Nothing allocated yet: usage appears as schedulers claim resources for instances.');
  }

  function fullest(answer) {
    const counts = answer.fill_distribution.map(b => b.providers);
    const most = Math.max(1, ...counts);
    $('distribution').replaceChildren(...answer.fill_distribution.map(b => el('div', {
      style: 'height:' + Math.max(2, 100 * b.providers / most) + '%', 'data-high': b.from_percent >= 90 ? '' : null,
      title: b.from_percent + (b.to_percent === null ? '+ %' : '–' + b.to_percent + ' %') + ': ' + b.providers + ' providers' })));
    rows('fullest', answer.providers, p => el('tr', {}, el('td', { title: p.uuid }, p.name || p.uuid),
      el('td', { class: 'num' }, Units.amount(answer.resource_class, p.used)),
      el('td', { class: 'num' }, Units.amount(answer.resource_class, p.capacity)),
      el('td', {}, meter(p.used, p.capacity), ' ', Units.number(p.fill_percent) + ' %')),
      'No provider has ' + answer.resource_class + ' inventory.');
  }

  function hottest(answer) {
    rows('hottest', answer.providers, p => el('tr', {}, el('td', { title: p.uuid }, p.name || p.uuid),
      el('td', { class: 'num' }, Units.number(p.claims)), el('td', { class: 'num' }, Units.number(p.releases)),
      el('td', { class: 'num' }, Units.number(p.per_minute))),
      'No claims or releases in the last ' + answer.minutes + ' minutes.');
  }

  function series(resourceClass, answer) {
    const xs = answer.points.map(p => Date.parse(p.start) / 1000);
    const ys = answer.points.map(p => p.used);
    let chart = charts.get(resourceClass);
    const box = $('charts');
    if (!chart) {
      const holder = el('div', { class: 'chart', 'data-class': resourceClass }, el('h3', {}, resourceClass));
      box.append(holder);
      const width = Math.max(240, Math.min(holder.clientWidth || 600, 640));
      chart = new uPlot({ width: width, height: 180, legend: { show: false },
        scales: { x: { time: true } },
        axes: [{}, { size: 70, values: (u, vals) => vals.map(v => Units.amount(resourceClass, v)) }],
        series: [{}, { label: resourceClass, stroke: '#2563eb', fill: 'rgba(37,99,235,.12)', stepped: { align: 1 } }] },
        [xs, ys], holder);
      charts.set(resourceClass, chart);
    } else {
      chart.setData([xs, ys]);
    }
  }

  function changes(classes) {
    const now = new Date();
    if (previous) {
      const before = new Map(previous.map(c => [c.resource_class, c]));
      classes.forEach(c => {
        const old = before.get(c.resource_class);
        if (!old) {
          note(now, c.resource_class + ' appeared: ' + Units.amount(c.resource_class, c.capacity) + ' capacity');
        } else if (old.used !== c.used || old.capacity !== c.capacity) {
          const parts = [];
          if (old.used !== c.used) {
            parts.push('used ' + Units.amount(c.resource_class, old.used) + ' → ' + Units.amount(c.resource_class, c.used));
          }
          if (old.capacity !== c.capacity) {
            parts.push('capacity ' + Units.amount(c.resource_class, old.capacity) + ' → ' + Units.amount(c.resource_class, c.capacity));
          }
          note(now, c.resource_class + ': ' + parts.join(', '));
        }
      });
    }
    previous = classes;
    if (!$('changes').children.length) {
      $('changes').append(el('li', { class: 'empty muted' }, 'Waiting for changes: new claims and inventories show up here as they happen.'));
    }
  }

  function note(time, text) {
    const list = $('changes');
    list.querySelectorAll('li.empty').forEach(n => n.remove());
    list.prepend(el('li', {}, el('time', {}, time.toLocaleTimeString()), text));
    while (list.children.length > 50) { list.lastChild.remove(); }
  }

  async function refresh() {
    if (!token()) {
      $('need-token').hidden = false;
      return;
    }
    $('need-token').hidden = true;
    try {
      const [classes, aggs, projs, hot] = await Promise.all([api('/classes'), api('/aggregates?limit=100'),
        api('/usages/projects?limit=20'), api('/providers/hottest?minutes=10&limit=10')]);
      overview(classes.classes);
      aggregates(aggs);
      projects(projs);
      hottest(hot);
      const select = $('fill-class');
      const names = classes.classes.map(c => c.resource_class);
      if (select.options.length !== names.length || names.some((n, i) => select.options[i].value !== n)) {
        const chosen = select.value;
        select.replaceChildren(...names.map(n => el('option', { value: n }, n)));
        if (names.includes(chosen)) { select.value = chosen; }
      }
      if (select.value) {
        fullest(await api('/providers/fullest?limit=10&resource_class=' + encodeURIComponent(select.value)));
      }
      const bucket = $('series-bucket').value;
      await Promise.all(names.slice(0, 6).map(async n => series(n, await api('/series?bucket=' + bucket
        + '&buckets=' + (bucket === 'minute' ? 60 : 48) + '&resource_class=' + encodeURIComponent(n)))));
      changes(classes.classes);
      $('error').hidden = true;
      $('status').textContent = 'Updated ' + new Date().toLocaleTimeString() + ' · refreshing every ' + every / 1000 + ' s';
    } catch (e) {
      $('error').hidden = false;
      $('error').textContent = e.status === 401 ? 'The token was refused (expired or unknown): paste a new one above.'
        : e.status === 403 ? 'This token may not read the dashboard: it needs a reader role (ledger:dashboard:* rules).'
        : 'The dashboard could not be read: ' + e.message + '. Retrying every ' + every / 1000 + ' s.';
      $('status').textContent = 'Last attempt ' + new Date().toLocaleTimeString() + ' failed';
    }
  }

  // The change feed's live stream (GET /ledger/changes/stream, Server-Sent Events), read with fetch so that the token
  // goes in a header: each change is listed and makes the page refresh at once. Without it (an older ledger, a caller
  // the feed's rule refuses, a proxy that buffers), the page keeps polling and lists what its refreshes saw change.
  let streaming = null;
  let soon = null;

  function describe(change) {
    const p = change.payload || {};
    const who = change.principal && change.principal.user ? ' by ' + change.principal.user : '';
    if (p.allocations && p.consumerUuid) {
      const amounts = {};
      Object.values(p.allocations).forEach(r => Object.entries(r).forEach(([rc, n]) => { amounts[rc] = (amounts[rc] || 0) + n; }));
      const text = Object.entries(amounts).map(([rc, n]) => Units.amount(rc, n)).join(', ');
      return 'Consumer ' + p.consumerUuid.slice(0, 8) + '… of ' + p.projectId + ' now holds ' + (text || 'nothing') + who;
    }
    if (p.released && p.consumerUuid) {
      return 'Consumer ' + p.consumerUuid.slice(0, 8) + '… released its allocations' + who;
    }
    const subject = p.providerUuid ? ' on provider ' + p.providerUuid.slice(0, 8) + '…' : '';
    return change.kind.replace(/([a-z])([A-Z])/g, '$1 $2') + subject + who;
  }

  async function stream() {
    if (streaming || !token()) { return; }
    const controller = new AbortController();
    streaming = controller;
    try {
      const reply = await fetch('/ledger/changes/stream', { signal: controller.signal, headers: {
        'X-Auth-Token': token(), 'Accept': 'text/event-stream', 'OpenStack-API-Version': 'placement latest' } });
      if (!reply.ok || !reply.body) { throw new Error('stream answered ' + reply.status); }
      $('changes-source').textContent = 'live from the change feed';
      const reader = reply.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) { break; }
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer.slice(0, end).split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5)).join('\n');
          buffer = buffer.slice(end + 2);
          if (data) {
            const change = JSON.parse(data);
            note(new Date(change.time || Date.now()), describe(change));
            clearTimeout(soon);
            soon = setTimeout(schedule, 300);
          }
        }
      }
    } catch (e) {
      /* no stream: polling only, try again later */
    } finally {
      streaming = null;
      $('changes-source').textContent = 'seen by this page while open (refreshing every ' + every / 1000 + ' s)';
      setTimeout(stream, 30000);
    }
  }

  function schedule() {
    clearTimeout(timer);
    refresh().finally(() => { timer = setTimeout(schedule, every); });
  }

  $('token-form').addEventListener('submit', event => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    previous = null;
    if (streaming) { streaming.abort(); }
    schedule();
    stream();
  });
  $('fill-class').addEventListener('change', schedule);
  $('series-bucket').addEventListener('change', () => {
    charts.forEach(c => c.destroy());
    charts.clear();
    $('charts').replaceChildren();
    schedule();
  });
  window.addEventListener('resize', () => charts.forEach(chart => {
    const holder = chart.root.parentNode;
    chart.setSize({ width: Math.max(240, Math.min(holder.clientWidth, 640)), height: 180 });
  }));
  $('changes-source').textContent = 'seen by this page while open (refreshing every ' + every / 1000 + ' s)';
  schedule();
  stream();
})();
