/** Calendar days, months and years as the commune counts them (Vietnam's time zone). */
export * from './vietnamese-date';
