/**
 * Inside a frame (an embed), tells the page around it how tall this page is whenever that changes, so that its
 * snippet (dev.parley.publish.EmbedSnippet) can size the frame to fit. Only a number travels; the message goes to
 * any parent, since a height is no secret and Parley cannot know the site that frames it.
 */
export const HEIGHT_MESSAGE = 'parley-embed-height';

export function reportHeightToParent(): void {
  if (window.parent === window) {
    return;
  }
  let last = -1;
  const report = (): void => {
    // the body's own height: the document's scroll height is never less than the frame, so it could only grow
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
