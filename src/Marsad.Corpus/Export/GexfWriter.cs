using System.Xml;
using Marsad.Corpus.Store;
using System.Globalization;

namespace Marsad.Corpus.Export;

/// <summary>
/// The entity network as GEXF 1.2 (read by Gephi, networkx 2.x and 3.x, igraph): a node per entity (by corpus-wide key), an undirected edge
/// between two entities for the articles that name both (weight = number of articles), with the number
/// of those articles in which both are quoted ("spoke") as an edge attribute.
/// </summary>
public static class GexfWriter
{
    private sealed class Node(string label, string type)
    {
        public string Label = label;
        public readonly string Type = type;
        public int Articles;
    }

    public static (int Nodes, int Edges) Write(IStoreReader store, Stream output)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string), (int Together, int Spoke)>();
        foreach (var a in store.Enumerate())
        {
            var f = ArticleFacts.FromAnalysisJson(a.AnalysisJson);
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var e in f.Entities)
            {
                if (!keys.Add(e.Key)) continue;
                if (!nodes.TryGetValue(e.Key, out var node)) nodes[e.Key] = node = new Node(e.Name, e.Type);
                node.Articles++;
            }
            var speakers = f.Quotes.Select(q => q.SpeakerKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var list = keys.ToArray();
            for (int i = 0; i < list.Length; i++)
                for (int j = i + 1; j < list.Length; j++)
                {
                    var pair = (list[i], list[j]);
                    var (together, spoke) = edges.GetValueOrDefault(pair);
                    edges[pair] = (together + 1, spoke + (speakers.Contains(list[i]) && speakers.Contains(list[j]) ? 1 : 0));
                }
        }

        using var w = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });
        const string ns = "http://www.gexf.net/1.2draft";
        w.WriteStartDocument();
        w.WriteStartElement("gexf", ns);
        w.WriteAttributeString("version", "1.2");
        w.WriteStartElement("meta", ns);
        w.WriteElementString("creator", ns, "Marsad");
        w.WriteElementString("description", ns, "Entities that appear (and speak) together in the same articles");
        w.WriteEndElement();
        w.WriteStartElement("graph", ns);
        w.WriteAttributeString("defaultedgetype", "undirected");
        WriteAttributes(w, ns, "node", [("0", "type", "string"), ("1", "articles", "integer")]);
        WriteAttributes(w, ns, "edge", [("0", "spoke_together", "integer")]);
        w.WriteStartElement("nodes", ns);
        foreach (var (key, node) in nodes)
        {
            w.WriteStartElement("node", ns);
            w.WriteAttributeString("id", key);
            w.WriteAttributeString("label", node.Label);
            WriteValues(w, ns, [("0", node.Type), ("1", node.Articles.ToString(CultureInfo.InvariantCulture))]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", ns);
        int id = 0;
        foreach (var ((source, target), (together, spoke)) in edges)
        {
            w.WriteStartElement("edge", ns);
            w.WriteAttributeString("id", (id++).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("source", source);
            w.WriteAttributeString("target", target);
            w.WriteAttributeString("weight", together.ToString(CultureInfo.InvariantCulture));
            WriteValues(w, ns, [("0", spoke.ToString(CultureInfo.InvariantCulture))]);
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
        return (nodes.Count, edges.Count);
    }

    private static void WriteAttributes(XmlWriter w, string ns, string cls, (string Id, string Title, string Type)[] attributes)
    {
        w.WriteStartElement("attributes", ns);
        w.WriteAttributeString("class", cls);
        foreach (var (id, title, type) in attributes)
        {
            w.WriteStartElement("attribute", ns);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", title);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteValues(XmlWriter w, string ns, (string For, string Value)[] values)
    {
        w.WriteStartElement("attvalues", ns);
        foreach (var (f, v) in values)
        {
            w.WriteStartElement("attvalue", ns);
            w.WriteAttributeString("for", f);
            w.WriteAttributeString("value", v);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }
}
