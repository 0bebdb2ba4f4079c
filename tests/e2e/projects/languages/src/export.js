analytics.track('report exported', { format: 'csv' }, { context: { groupId: 'a1' } });
