// The query page: sends the query as a JSON POST and shows the answer as it came.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('gql');
  var out = document.getElementById('result');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var body = { query: document.getElementById('query').value };
    var vars = document.getElementById('variables').value.trim();
    if (vars) {
      try { body.variables = JSON.parse(vars); } catch (err) { out.textContent = 'The variables are not JSON: ' + err.message; return; }
    }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.getElementById('token').value.trim();
    if (token) headers.Authorization = 'Bearer ' + token;
    out.textContent = '…';
    fetch('/.rest/graphql', { method: 'POST', headers: headers, body: JSON.stringify(body) })
      .then(function (r) { return r.text().then(function (t) { return { status: r.status, text: t }; }); })
      .then(function (r) {
        var shown = r.text;
        try { shown = JSON.stringify(JSON.parse(r.text), null, 2); } catch (err) { /* shown as it came */ }
        out.textContent = (r.status === 200 ? '' : 'HTTP ' + r.status + '\n') + shown;
      })
      .catch(function (err) { out.textContent = 'The request failed: ' + err.message; });
  });
});
