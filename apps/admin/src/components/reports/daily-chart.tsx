"use client";

import type { RouterOutputs } from "@momentum/api";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type DailyActivity = RouterOutputs["reports"]["activity"]["days"][number];

export interface ChartSeries {
  key: Exclude<keyof DailyActivity, "date">;
  label: string;
  color: string;
}

/**
 * One chart of daily values over the report's days. Lines for levels (active users, scores), bars for
 * counts; null values (an average over nobody) are bridged rather than drawn as zero.
 */
export function DailyChart(props: {
  title: string;
  kind: "line" | "bar";
  rows: DailyActivity[];
  series: ChartSeries[];
  yDomain?: [number, number];
}) {
  const { title, kind, rows, series, yDomain } = props;
  const Chart = kind === "line" ? LineChart : BarChart;
  return (
    <figure className="chart" data-testid={`chart-${title}`}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <Chart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: -8 }} accessibilityLayer>
          <CartesianGrid strokeDasharray="3 3" stroke="#dde1e6" />
          <XAxis dataKey="date" tickFormatter={(date: string) => date.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} domain={yDomain ?? [0, "auto"]} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((line) =>
            kind === "line" ? (
              <Line
                key={line.key}
                type="monotone"
                dataKey={line.key}
                name={line.label}
                stroke={line.color}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ) : (
              <Bar
                key={line.key}
                dataKey={line.key}
                name={line.label}
                fill={line.color}
                isAnimationActive={false}
              />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </figure>
  );
}
