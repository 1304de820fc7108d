// Starts GraphiQL against this server's own endpoint (same origin, so no CORS and no outside host).
// A preview or API token goes in GraphiQL's Headers tab: {"Authorization": "Bearer <token>"}.
document.addEventListener('DOMContentLoaded', function () {
  var fetcher = GraphiQL.createFetcher({ url: '/.rest/graphql' });
  var example = [
    '# Queries go to /.rest/graphql; the types are in the Docs panel and /.rest/graphql/schema.graphql.',
    '{',
    '  caseStudies(lang: "en", limit: 5, orderBy: [{property: mgnl_lastModified, direction: DESC}]) {',
    '    total',
    '    results { _name _locale title country organisations { name } }',
    '  }',
    '}',
    ''
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example }));
});
