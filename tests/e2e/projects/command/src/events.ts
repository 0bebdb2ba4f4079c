// Event names kept in one module, imported where they are sent.
export const EVENTS = {
  projectCreated: 'Project Created',
  dashboardShared: 'Dashboard Shared',
} as const;
