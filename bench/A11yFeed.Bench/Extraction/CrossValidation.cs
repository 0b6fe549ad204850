using A11yFeed.Bench.Scoring;
using A11yFeed.Extraction;

namespace A11yFeed.Bench.Extraction;

/// <summary>One page as scored in cross-validation (by the model of the fold that never saw its site) and in-sample.</summary>
internal sealed record FoldPageScore(string Corpus, string Id, string Site, int Fold, double Precision, double Recall, double InSamplePrecision, double InSampleRecall,
    bool UsedSecondOpinion, bool? AuthorRight, bool? DateRight, string Reason)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Per corpus: in-sample and cross-validated figures side by side, with SmartReader on the same pages.</summary>
internal sealed record CorpusCrossValidation(string Corpus, int Pages, int Sites, double InSamplePrecision, double InSampleRecall, double InSampleF1,
    double Precision, double Recall, double F1, double SmartReaderF1, Tally? Author, Tally? Date, int SecondOpinions, int SecondOpinionsAsked)
{
    public double Gap => InSampleF1 - F1;
}

/// <summary>
/// Cross-validation grouped by site: every site's pages go to one of k folds; for each fold the block
/// model, its thresholds and the second-opinion rule are fitted on the other folds' pages only (all
/// labelled corpora pooled) and score this fold's pages. In-sample fits on every page and scores them
/// again; the difference is how much the fitted parts learnt pages rather than structure. Parsed pages
/// and SmartReader's answers are computed once and reused by every fold.
/// </summary>
internal static class CrossValidation
{
    public sealed record Result(List<CorpusCrossValidation> Corpora, List<FoldPageScore> Pages, ExtractionParameters InSample, int Folds);

    public static Result Run(IReadOnlyList<(string Corpus, CorpusPage Page)> labelled, int folds, TextWriter log)
    {
        log.WriteLine($"cross-validation: preparing {labelled.Count} pages");
        var rows = labelled.Select(p => PageRows.Of(p.Page, p.Corpus)).ToList();
        // Keyed by reference: hashing each page's whole HTML on every look-up would cost more than the look-up saves.
        var second = labelled.ToDictionary(p => (object)p.Page, p => SecondOpinion.SmartReaderText(p.Page.Html, p.Page.Url), ReferenceEqualityComparer.Instance);
        var secondScores = labelled.ToDictionary(p => (object)p.Page, p => ShingleScorer.ScorePage(second[p.Page] ?? string.Empty, p.Page.ExpectedBody ?? string.Empty), ReferenceEqualityComparer.Instance);
        var foldOf = AssignFolds(labelled.Select(p => p.Page.Site).ToList(), folds);

        var cv = new Outcome[labelled.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = rows.Where((_, i) => foldOf[i] != fold).ToList();
            var trainingPages = labelled.Where((_, i) => foldOf[i] != fold).ToList();
            var parameters = FitAll(training, trainingPages, second, secondScores);
            for (var i = 0; i < labelled.Count; i++)
            {
                if (foldOf[i] == fold)
                {
                    cv[i] = Score(labelled[i].Page, parameters, second);
                }
            }

            log.WriteLine($"fold {fold + 1}/{folds}: fitted on {trainingPages.Count} pages, keep ≥ {parameters.KeepAbove:F2} (Chinese {parameters.ChineseKeepAbove:F2}), add ≥ {parameters.AddAbove:F2} (Chinese {parameters.ChineseAddAbove:F2}), second opinion under {parameters.SecondOpinionBelowLength} chars or confidence {parameters.SecondOpinionBelowConfidence:F2} or gate model ≥ {parameters.GateAbove:F2}, SmartReader's body at chooser probability ≥ {parameters.ChooserAbove:F2}");
        }

        var inSampleParameters = FitAll(rows, labelled, second, secondScores);
        var inSample = labelled.Select(p => Score(p.Page, inSampleParameters, second)).ToArray();

        var pages = labelled.Select((p, i) => new FoldPageScore(p.Corpus, p.Page.Id, p.Page.Site, foldOf[i], cv[i].Precision, cv[i].Recall,
            inSample[i].Precision, inSample[i].Recall, cv[i].UsedSecondOpinion, cv[i].AuthorRight, cv[i].DateRight, Reason(rows[i], cv[i]))).ToList();
        var corpora = labelled.Select(p => p.Corpus).Distinct().Select(corpus =>
        {
            var idx = Enumerable.Range(0, labelled.Count).Where(i => labelled[i].Corpus == corpus).ToList();
            var inF1 = ShingleScorer.F1(idx.Select(i => (inSample[i].Precision, inSample[i].Recall)).ToList());
            var cvF1 = ShingleScorer.F1(idx.Select(i => (cv[i].Precision, cv[i].Recall)).ToList());
            var srF1 = ShingleScorer.F1(idx.Select(i => secondScores[labelled[i].Page]).ToList());
            var authors = idx.Where(i => cv[i].AuthorRight.HasValue).ToList();
            var dates = idx.Where(i => cv[i].DateRight.HasValue).ToList();
            return new CorpusCrossValidation(corpus, idx.Count, idx.Select(i => labelled[i].Page.Site).Distinct().Count(),
                idx.Average(i => inSample[i].Precision), idx.Average(i => inSample[i].Recall), inF1,
                idx.Average(i => cv[i].Precision), idx.Average(i => cv[i].Recall), cvF1, srF1,
                authors.Count == 0 ? null : new Tally(authors.Count(i => cv[i].AuthorRight == true), authors.Count),
                dates.Count == 0 ? null : new Tally(dates.Count(i => cv[i].DateRight == true), dates.Count),
                idx.Count(i => cv[i].UsedSecondOpinion), idx.Count(i => cv[i].AskedSecondOpinion));
        }).ToList();
        return new Result(corpora, pages, inSampleParameters, folds);
    }

    /// <summary>The block model and thresholds from the blocks, then the second-opinion rule from the same pages' extractions.</summary>
    public static ExtractionParameters FitAll(IReadOnlyList<PageRows> training, IReadOnlyList<(string Corpus, CorpusPage Page)> pages,
        Dictionary<object, string?> second, Dictionary<object, (double Precision, double Recall)> secondScores)
    {
        var model = BlockModelFitter.Fit(training);
        var extractor = new ArticleExtractor(model, (_, _) => null);
        var ours = pages.Select(p =>
        {
            var result = extractor.Extract(p.Page.Html, p.Page.Url);
            var text = result.Article?.Text ?? string.Empty;
            return (Result: result, Score: ShingleScorer.ScorePage(text, p.Page.ExpectedBody ?? string.Empty));
        }).ToList();

        // Pages where our reader found no prose take SmartReader's body whatever the rule: they score as they will, outside the choice.
        var choices = ours.Select((o, i) => new ChooserPage(o.Result, SecondOpinion.Paragraphs(second[pages[i].Page]), o.Score, secondScores[pages[i].Page])).ToList();
        return BodyChooserFitter.Fit(model, choices);
    }

    private sealed record Outcome(double Precision, double Recall, bool UsedSecondOpinion, bool AskedSecondOpinion, bool? AuthorRight, bool? DateRight, string? Error, int Length);

    private static Outcome Score(CorpusPage page, ExtractionParameters parameters, Dictionary<object, string?> second)
    {
        var asked = false;
        var result = new ArticleExtractor(parameters, (_, _) =>
        {
            asked = true;
            return second[page];
        }).Extract(page.Html, page.Url);
        var (precision, recall) = ShingleScorer.ScorePage(result.Article?.Text ?? string.Empty, page.ExpectedBody ?? string.Empty);
        bool? author = MetadataMatcher.IsLabelled(page.ExpectedAuthor) ? MetadataMatcher.AuthorMatches(result.Article?.Author, page.ExpectedAuthor!) : null;
        bool? date = MetadataMatcher.IsLabelled(page.ExpectedDate) ? MetadataMatcher.DateMatches(result.Article?.Published, page.ExpectedDate!) : null;
        return new Outcome(precision, recall, result.UsedSecondOpinion, asked, author, date, result.Error, result.Article?.Text.Length ?? 0);
    }

    // Why a page scores low, in the terms of the pipeline's stages, so the weakest pages say what to look at.
    private static string Reason(PageRows rows, Outcome outcome)
    {
        if (outcome.Error is not null)
        {
            return "no article: " + outcome.Error;
        }

        var story = rows.StoryTokens;
        var outside = rows.Rows.Where(r => r.Story && !r.InContainer).Sum(r => r.Tokens);
        var parts = new List<string>();
        if (story == 0)
        {
            parts.Add("no block matches the label (the labelled text is not in the page's markup as blocks)");
        }
        else if (outcome.Recall < outcome.Precision)
        {
            parts.Add(outside > story * 0.3
                ? $"missed story: {100.0 * outside / story:F0}% of the labelled text lies outside the located container"
                : "missed story inside the container: the model dropped labelled blocks");
        }
        else
        {
            parts.Add("kept non-story text (comments, related lists, captions or chrome the label leaves out)");
        }

        if (outcome.UsedSecondOpinion)
        {
            parts.Add("SmartReader's text was used");
        }

        return string.Join("; ", parts);
    }

    // Sites, largest first, each to the fold with fewest pages so far: folds of about equal size, no site split.
    private static int[] AssignFolds(List<string> sites, int folds)
    {
        var sizes = new int[folds];
        var foldOfSite = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in sites.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            foldOfSite[group.Key] = fold;
            sizes[fold] += group.Count();
        }

        return sites.Select(s => foldOfSite[s]).ToArray();
    }
}
