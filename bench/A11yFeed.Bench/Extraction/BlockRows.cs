using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;
using A11yFeed.Text;

namespace A11yFeed.Bench.Extraction;

/// <summary>One text block of a labelled page: its features, whether people labelled it story, and its size in tokens.</summary>
internal sealed record BlockRow(double[] Features, bool Story, int Tokens, bool InContainer);

/// <summary>A labelled page's text blocks, computed once per run: the features do not depend on the fitted weights.</summary>
internal sealed record PageRows(CorpusPage Page, string Corpus, List<BlockRow> Rows)
{
    public int StoryTokens { get; } = Rows.Where(r => r.Story).Sum(r => r.Tokens);

    /// <summary>
    /// A block is story when most of its 4-token shingles are in the labelled body; a block too short for
    /// a shingle is story when its text appears in the body as written.
    /// </summary>
    public static PageRows Of(CorpusPage page, string corpus)
    {
        var (prepared, _) = HtmlArticleReader.Prepare(page.Html, page.Url, null);
        if (prepared is null)
        {
            return new PageRows(page, corpus, []);
        }

        var body = page.ExpectedBody ?? string.Empty;
        var shingles = ShingleScorer.ShingleSet(body);
        var flatBody = string.Join(' ', ShingleScorer.Tokens(body));
        var features = BlockFeatures.Of(prepared.Blocks, prepared.Metadata.Title, prepared.Chinese);
        var rows = new List<BlockRow>();
        for (var i = 0; i < prepared.Blocks.Count; i++)
        {
            var block = prepared.Blocks[i];
            var text = block.Kind == PageBlockKind.Image ? string.Empty : TextNormaliser.Normalise(block.Text);
            var tokens = ShingleScorer.Tokens(text);
            if (tokens.Count == 0)
            {
                continue;
            }

            bool story;
            if (tokens.Count >= 4)
            {
                var own = ShingleScorer.ShingleSet(text);
                story = own.Count(shingles.Contains) >= own.Count * 0.5;
            }
            else
            {
                story = flatBody.Contains(string.Join(' ', tokens), StringComparison.Ordinal);
            }

            rows.Add(new BlockRow(features[i], story, tokens.Count, block.InStoryContainer));
        }

        return new PageRows(page, corpus, rows);
    }
}
