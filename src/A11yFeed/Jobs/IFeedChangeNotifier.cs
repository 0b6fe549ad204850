namespace A11yFeed.Jobs;

/// <summary>
/// Told when a source's feed has changed (an article became ready or was re-spoken), so whoever follows the
/// feeds can be told in turn. Must not throw: a failed notice never fails the job that changed the feed.
/// </summary>
public interface IFeedChangeNotifier
{
    void SourceChanged(string sourceId);
}
