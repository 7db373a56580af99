import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { APP_ICON } from '../layout/navigation';

/** The frame of the pages shown before signing in: the product name and one card. */
export function PublicPage({
  title,
  width = 420,
  children,
}: {
  title: string;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={24}
      style={{ minHeight: '100vh', padding: 24, background: '#f5f5f5' }}
    >
      <Flex align="center" gap={10} style={{ fontSize: 20, fontWeight: 600 }}>
        <span style={{ color: '#c41d1d', fontSize: 28 }}>{APP_ICON}</span>
        Thi đua, Khen thưởng số
      </Flex>
      <Card style={{ width: '100%', maxWidth: width }}>
        <main>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {title}
          </Typography.Title>
          {children}
        </main>
      </Card>
    </Flex>
  );
}
