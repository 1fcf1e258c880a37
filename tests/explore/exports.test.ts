import { describe, expect, it } from 'vitest';

import { toCsv, toJson } from '../../src/app/explore/model/exports.js';
import { edgeId, type Graph } from '../../src/app/explore/model/graph.js';
import { toGraphml, xmlText } from '../../src/app/explore/model/graphml.js';

const graph: Graph = {
  nodes: [
    { id: 'UGxhY2U6cA', kind: 'Place', label: 'Pokrovsk', date: null, detail: 'Donetsk Oblast, UA' },
    { id: 'Q2xhaW06Yw', kind: 'Claim', label: '“This is an irreversible process,”', date: '2025-12-01', detail: 'Alexander Stepanyan' },
  ],
  edges: [
    {
      id: edgeId('Q2xhaW06Yw', 'ABOUT', 'UGxhY2U6cA'),
      source: 'Q2xhaW06Yw',
      target: 'UGxhY2U6cA',
      type: 'ABOUT',
      label: null,
      evidence: [
        {
          articleId: 'QXJ0',
          articleTitle: 'Pokrovsk’s Capture <Hailed> & "Pivotal"',
          spans: [{ start: 1, end: 9, field: 'TEXT' }],
          quote: 'x',
        },
      ],
    },
  ],
};

describe('toJson', () => {
  it('writes the nodes and edges as they are, evidence included', () => {
    expect(JSON.parse(toJson(graph))).toEqual(graph);
  });
});

describe('toCsv', () => {
  it('writes a nodes file and an edges file with the columns Gephi imports, quoting what needs it', () => {
    const { nodes, edges } = toCsv(graph);
    expect(nodes).toBe(
      'Id,Label,kind,date,detail\r\n' +
        'UGxhY2U6cA,Pokrovsk,Place,,"Donetsk Oblast, UA"\r\n' +
        'Q2xhaW06Yw,"“This is an irreversible process,”",Claim,2025-12-01,Alexander Stepanyan\r\n',
    );
    expect(edges).toBe(
      'Source,Target,Type,Id,Label,relation,articles\r\n' +
        'Q2xhaW06Yw,UGxhY2U6cA,Directed,Q2xhaW06Yw|ABOUT|UGxhY2U6cA,,ABOUT,"Pokrovsk’s Capture <Hailed> & ""Pivotal"""\r\n',
    );
  });
});

const coMentioned: Graph = {
  nodes: graph.nodes,
  edges: [
    {
      id: edgeId('Q2xhaW06Yw', 'CO_MENTIONED', 'UGxhY2U6cA'),
      source: 'Q2xhaW06Yw',
      target: 'UGxhY2U6cA',
      type: 'CO_MENTIONED',
      label: '3 articles',
      evidence: [],
    },
  ],
};

describe('a co-mention in the exports', () => {
  it("is undirected in the CSV edges (Gephi's Type column) and in GraphML, with its count of articles as its label", () => {
    expect(toCsv(coMentioned).edges.split('\r\n')[1]).toBe(
      'Q2xhaW06Yw,UGxhY2U6cA,Undirected,Q2xhaW06Yw|CO_MENTIONED|UGxhY2U6cA,3 articles,CO_MENTIONED,',
    );
    expect(toGraphml(coMentioned)).toContain(
      '<edge id="Q2xhaW06Yw|CO_MENTIONED|UGxhY2U6cA" source="Q2xhaW06Yw" target="UGxhY2U6cA" directed="false">' +
        '<data key="edge-label">3 articles</data><data key="edge-type">CO_MENTIONED</data></edge>',
    );
    expect(JSON.parse(toJson(coMentioned)).edges[0]).toMatchObject({ type: 'CO_MENTIONED', label: '3 articles' });
  });
});

describe('toGraphml', () => {
  it('declares its keys and writes every node and edge with the fields that are set', () => {
    const xml = toGraphml(graph);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml xmlns="http:\/\/graphml.graphdrawing.org\/xmlns">/);
    expect(xml).toContain('<key id="node-kind" for="node" attr.name="kind" attr.type="string"/>');
    expect(xml).toContain('<graph id="neighbourhood" edgedefault="directed">');
    expect(xml).toContain(
      '<node id="UGxhY2U6cA"><data key="node-label">Pokrovsk</data><data key="node-kind">Place</data><data key="node-detail">Donetsk Oblast, UA</data></node>',
    );
    expect(xml).toContain(
      '<edge id="Q2xhaW06Yw|ABOUT|UGxhY2U6cA" source="Q2xhaW06Yw" target="UGxhY2U6cA"><data key="edge-type">ABOUT</data>' +
        '<data key="edge-articles">Pokrovsk’s Capture &lt;Hailed&gt; &amp; &quot;Pivotal&quot;</data></edge>',
    );
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml.match(/<edge /g)).toHaveLength(1);
  });

  it('escapes markup and drops what XML 1.0 cannot hold, keeping every other character', () => {
    expect(xmlText(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlText('bell\u0007 tab\t nl\n lone\uD800 emoji🇺🇦 Покровськ')).toBe('bell tab\t nl\n lone emoji🇺🇦 Покровськ');
  });
});
