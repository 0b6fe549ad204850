using System.Diagnostics;
using A11yFeed.Model;
using A11yFeed.Text;
using Microsoft.Extensions.Options;

namespace A11yFeed.Bench.Polyphones;

/// <summary>
/// Scores the Mandarin reading on the labelled polyphone sentences (../shared/polyphones/README.md): the dictionary
/// alone, with the context rules, with a model fitted by 5-fold cross-validation (folds by sentence; each fold read
/// by a model fitted, settings included, on the other four), and as shipped (the embedded model, fitted on all of them).
/// </summary>
internal static class PolyphoneBenchmark
{
    public const string Notes = "Scored as ../shared/polyphones/README.md describes: each run of non-Hanzi replaced by a comma, the sentence " +
        "read as one line by `SpeechTextPreparer`, the syllable at the marked character compared with the label (ü as v), a third tone " +
        "read as a second before another third accepted, and 一 and 不 in any tone. A sentence whose syllables no longer line up with " +
        "its Hanzi counts as wrong. Cross-validated: sentence i is in fold i mod 5; each fold is read with a model fitted on the other " +
        "four, its smoothing and two margins chosen by a further 5-fold cross-validation inside those four. As shipped: the model in " +
        "speech/polyphones.tsv, fitted on all of these sentences, so that figure is in-sample.";

    /// <summary>Wall-clock seconds the pronunciation dictionary took to load in the last run.</summary>
    public static double DictionaryLoadSeconds { get; private set; }

    /// <summary>Wall-clock seconds the shipped polyphone model took to load in the last run.</summary>
    public static double ModelLoadSeconds { get; private set; }

    /// <summary>The scores; with <paramref name="errors"/>, each sentence the cross-validated reading got wrong is written there (label, said, sentence).</summary>
    public static List<PolyphoneScore> Run(List<PolyphoneSentence> sentences, TextWriter log, TextWriter? errors)
    {
        var options = Options.Create(new TextOptions());
        var rulesOnly = new PolyphoneResolver(true, PolyphoneModel.Empty);
        var clock = Stopwatch.StartNew();
        var dictionary = new SpeechTextPreparer().Dictionary;
        DictionaryLoadSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        _ = PolyphoneResolver.Default.Model;
        ModelLoadSeconds = clock.Elapsed.TotalSeconds;
        var examples = Examples(sentences, rulesOnly, dictionary);

        // One untimed pass first, so that the timed ones compare reading, not just-in-time compilation.
        Score(new PolyphoneScore("warm-up"), sentences.Take(1000), new SpeechTextPreparer(options, PolyphoneResolver.None), null);
        var scores = new List<PolyphoneScore>
        {
            Score("dictionary words only", sentences, new SpeechTextPreparer(options, PolyphoneResolver.None), log),
            Score("with context rules", sentences, new SpeechTextPreparer(options, rulesOnly), log),
        };

        var crossValidated = new PolyphoneScore("rules + model, cross-validated");
        for (var fold = 0; fold < PolyphoneFitter.Folds; fold++)
        {
            var model = PolyphoneFitter.Fit(examples.Where(e => e.Fold != fold).ToList());
            log.WriteLine($"fold {fold}: smoothing {model.Smoothing}, margin {model.Margin}, inside words {model.WordMargin}");
            var preparer = new SpeechTextPreparer(options, new PolyphoneResolver(true, model));
            Score(crossValidated, sentences.Where((_, i) => i % PolyphoneFitter.Folds == fold), preparer, errors);
        }

        log.WriteLine($"{crossValidated.Name}: {crossValidated.Right}/{crossValidated.Total} ({crossValidated.Accuracy:P2})");
        scores.Add(crossValidated);
        scores.Add(Score("rules + shipped model (in-sample)", sentences, new SpeechTextPreparer(options, PolyphoneResolver.Default), log));
        return scores;
    }

    /// <summary>Fits the model on every sentence (settings chosen by cross-validation) and writes it as speech/polyphones.tsv is.</summary>
    public static void Refit(List<PolyphoneSentence> sentences, TextWriter output, string source)
    {
        var rulesOnly = new PolyphoneResolver(true, PolyphoneModel.Empty);
        var model = PolyphoneFitter.Fit(Examples(sentences, rulesOnly, new SpeechTextPreparer().Dictionary));
        output.WriteLine($"# Polyphone model for src/A11yFeed/Text/PolyphoneModel.cs, written by scripts/refit-polyphones.");
        output.WriteLine($"# Fitted on {sentences.Count} sentences of {source}: the CPP dataset (Chinese Polyphones with Pinyin,");
        output.WriteLine("# Park & Lee 2020, github.com/kakaobrain/g2pM), Apache-2.0. Counts only; no sentence is stored.");
        model.Write(output);
    }

    private static List<PolyphoneExample> Examples(List<PolyphoneSentence> sentences, PolyphoneResolver resolver, PinyinDictionary dictionary) =>
        sentences.Select((s, i) => resolver.Example(s.Text, s.HanziIndex, dictionary) is var (character, ruled, otherwise, features)
                ? new PolyphoneExample(i % PolyphoneFitter.Folds, character, ruled, otherwise, features, s.Label)
                : null)
            .OfType<PolyphoneExample>()
            .ToList();

    private static PolyphoneScore Score(string name, IEnumerable<PolyphoneSentence> sentences, SpeechTextPreparer preparer, TextWriter log)
    {
        var score = new PolyphoneScore(name);
        var clock = Stopwatch.StartNew();
        Score(score, sentences, preparer, null);
        score.Seconds = clock.Elapsed.TotalSeconds;
        log.WriteLine($"{name}: {score.Right}/{score.Total} ({score.Accuracy:P2}) in {score.Seconds:F2} s");
        return score;
    }

    private static void Score(PolyphoneScore score, IEnumerable<PolyphoneSentence> sentences, SpeechTextPreparer preparer, TextWriter? errors)
    {
        foreach (var sentence in sentences)
        {
            var syllables = preparer.Prepare(sentence.Text, "zh-CN", SpokenForm.Pinyin, PronunciationLexicon.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var right = PolyphoneScorer.IsRight(syllables, HanScript.Count(sentence.Text), sentence);
            score.Add(sentence.Character, right);
            if (!right && errors is not null)
            {
                var said = sentence.HanziIndex < syllables.Length ? syllables[sentence.HanziIndex] : "?";
                errors.WriteLine($"{sentence.Character}\t{sentence.Label}\t{said}\t{sentence.Text}");
            }
        }
    }
}
