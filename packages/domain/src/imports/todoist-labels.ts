/** Todoist's longest label the app can keep: a tag's name is at most 50 characters. */
const MAX_LABEL_LENGTH = 50;

/** An `@label` word of a task's CONTENT: at the start or after a space (so `bob@example.com` is none). */
const LABEL = /(^|\s)@([^\s@]+)/g;

/**
 * A task's CONTENT read as Todoist's template writes labels ("Buy milk @errands @home"): the title
 * without them and the labels, once each whatever their case. A label too long for a tag stays in the
 * title, named in `tooLong`.
 */
export function todoistLabelsOf(content: string): { title: string; labels: string[]; tooLong: string[] } {
  const labels = new Map<string, string>();
  const tooLong: string[] = [];
  const title = content
    .replace(LABEL, (word, space: string, label: string) => {
      if (label.length > MAX_LABEL_LENGTH) {
        tooLong.push(label);
        return word;
      }
      if (!labels.has(label.toLowerCase())) labels.set(label.toLowerCase(), label);
      return space;
    })
    .replace(/\s+/g, " ")
    .trim();
  // A task that is only labels keeps them as its title.
  if (title === "") return { title: content.trim(), labels: [], tooLong };
  return { title, labels: [...labels.values()], tooLong };
}
