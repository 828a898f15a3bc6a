/** A long user text cut for a toast or a label ("Le territoire a perdu…"). */
export const excerpt = (text: string, max = 60) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
};
