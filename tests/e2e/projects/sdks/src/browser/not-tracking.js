// `.track()` on things that are not analytics clients is not a tracking call.
export function follow(router, chart, spy) {
  router.track('page-view');
  chart.track('hover', { x: 1 });
  spy.track();
}
