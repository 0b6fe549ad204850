// Reads a feed the way podcast and web apps do and prints what they understood as one JSON document.
//   node read-feed.mjs partytime <url>     Podcast Index's parser (podcast-partytime)
//   node read-feed.mjs rss-parser <url>    rss-parser, used by many web readers (RSS and Atom)
import { parseFeed } from "podcast-partytime";
import Parser from "rss-parser";

const [parser, url] = process.argv.slice(2);

async function partytime() {
  const response = await fetch(url);
  const feed = parseFeed(await response.text());
  if (!feed) throw new Error("podcast-partytime could not parse the feed");
  return {
    title: feed.title,
    language: feed.language,
    image: feed.itunesImage ?? feed.image?.url,
    guid: feed.guid,
    locked: feed.locked,
    hub: feed.pubsub?.hub,
    items: feed.items.map((item) => ({
      title: item.title,
      guid: item.guid,
      duration: item.duration,
      enclosure: item.enclosure && { url: item.enclosure.url, length: item.enclosure.length, type: item.enclosure.type },
      transcripts: (item.podcastTranscripts ?? []).map((t) => ({ url: t.url, type: t.type, rel: t.rel ?? null, language: t.language ?? null })),
      chapters: item.podcastChapters ? { url: item.podcastChapters.url, type: item.podcastChapters.type } : null,
    })),
  };
}

async function rssParser() {
  const reader = new Parser({
    customFields: {
      feed: ["language", "podcast:guid", "podcast:locked"],
      item: [["podcast:transcript", "transcripts", { keepArray: true }], ["podcast:chapters", "chapters"]],
    },
  });
  const feed = await reader.parseURL(url);
  return {
    title: feed.title,
    language: feed.language,
    image: feed.itunes?.image ?? feed.image?.url,
    guid: feed["podcast:guid"],
    locked: feed["podcast:locked"],
    items: feed.items.map((item) => ({
      title: item.title,
      guid: item.guid ?? item.id,
      duration: item.itunes?.duration,
      enclosure: item.enclosure && { url: item.enclosure.url, length: Number(item.enclosure.length), type: item.enclosure.type },
      transcripts: (item.transcripts ?? []).map((t) => ({ url: t.$.url, type: t.$.type, rel: t.$.rel ?? null, language: t.$.language ?? null })),
      chapters: item.chapters ? { url: item.chapters.$.url, type: item.chapters.$.type } : null,
    })),
  };
}

const read = { partytime, "rss-parser": rssParser }[parser];
if (!read || !url) {
  console.error("usage: node read-feed.mjs partytime|rss-parser <url>");
  process.exit(2);
}

console.log(JSON.stringify(await read(), null, 2));
